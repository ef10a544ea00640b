//===- StackStateTest.cpp - Slots, spills, partial writes -----------------===//
//
// The stack model on its own (slot and byte numbering, growth, equality)
// and through the engine: spills and fills keep pointers and bounds, partial
// writes destroy a spill, known-zero bytes read back as the constant 0.
//
//===----------------------------------------------------------------------===//
#include "Asm.h"

#include "verifiable/Analysis/StackState.h"
#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/MapTypes.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::analysis;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

TEST(StackState, SlotAndByteNumbering) {
  // Slot 0 holds fp-8..fp-1, like the kernel's stack[0]; inside it the
  // kernel's slot_type[] index is (-off - 1) % 8.
  EXPECT_EQ(StackState::slotIndex(-1), 0);
  EXPECT_EQ(StackState::slotIndex(-8), 0);
  EXPECT_EQ(StackState::slotIndex(-9), 1);
  EXPECT_EQ(StackState::slotIndex(-512), 63);
  EXPECT_EQ(StackState::byteIndex(-1), 0);
  EXPECT_EQ(StackState::byteIndex(-8), 7);
  EXPECT_EQ(StackState::byteIndex(-9), 0);
}

TEST(StackState, GrowsOnWriteOnly) {
  StackState S;
  EXPECT_EQ(S.slot(3), nullptr);
  EXPECT_EQ(S.kindAt(-32), SlotKind::Invalid);
  EXPECT_EQ(S.depth(), 0);
  S.slotForWrite(3).Kind[StackState::byteIndex(-32)] = SlotKind::Misc;
  EXPECT_EQ(S.numSlots(), 4);
  EXPECT_EQ(S.depth(), 32);
  EXPECT_EQ(S.kindAt(-32), SlotKind::Misc);
  EXPECT_EQ(S.kindAt(-31), SlotKind::Invalid);
}

TEST(StackState, MissingSlotsEqualEmptyOnes) {
  StackState A, B;
  B.slotForWrite(2); // three untouched slots
  EXPECT_TRUE(A == B);
  B.slotForWrite(2).Kind[0] = SlotKind::Zero;
  EXPECT_FALSE(A == B);
}

TEST(StackState, SpillEqualityLooksAtTheRegister) {
  StackSlot A, B;
  A.Kind.fill(SlotKind::Spill);
  B.Kind.fill(SlotKind::Spill);
  A.Spilled = RegState::constant(1);
  B.Spilled = RegState::constant(2);
  EXPECT_TRUE(A.isSpill());
  EXPECT_FALSE(A == B);
  // Without a spill, a stale Spilled field does not matter.
  A.Kind.fill(SlotKind::Misc);
  B.Kind.fill(SlotKind::Misc);
  EXPECT_TRUE(A == B);
}

TEST(StackSpill, PointerSurvivesSpillAndFill) {
  // Spill the context, clobber r1, fill it back and read a field.
  Finding F = analyze(program(
      "xdp", {stx(BPF_DW, R10, -8, R1), mov(R1, 0), ldx(BPF_DW, R1, R10, -8),
              ldx(BPF_W, R0, R1, 0), mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(StackSpill, PartialOverwriteDestroysThePointer) {
  // One byte over the spilled context: the slot is data now.
  Finding F =
      analyze(program("xdp", {stx(BPF_DW, R10, -8, R1), st(BPF_B, R10, -8, 0),
                              ldx(BPF_DW, R1, R10, -8), ldx(BPF_W, R0, R1, 0),
                              mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R1 invalid mem access 'scalar'");
  EXPECT_EQ(F.InsnIndex, 3);
}

TEST(StackSpill, NarrowFillOfPointerIsRejected) {
  Finding F =
      analyze(program("xdp", {stx(BPF_DW, R10, -8, R1), ldx(BPF_W, R0, R10, -8),
                              mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid size of register fill");
}

TEST(StackSpill, ScalarBoundsSurviveSpill) {
  // r1 in [0, 15] is spilled and filled, then indexes a 16-byte value.
  bpf::MapDef M =
      map("m", static_cast<uint32_t>(model::MapType::Array), 4, 16, 4);
  Finding F = analyze(program(
      "xdp",
      {st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4), ldMap(R1, "m"),
       call(model::BPF_FUNC_map_lookup_elem), jmp(BPF_JNE, R0, 0, 2),
       mov(R0, 0), exit(), ldx(BPF_W, R1, R0, 0), alu64(BPF_AND, R1, 15),
       stx(BPF_DW, R10, -16, R1), ldx(BPF_DW, R1, R10, -16), add(R0, R1),
       ldx(BPF_B, R0, R0, 0), mov(R0, 2), exit()},
      {M}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

/// Writes fp-8 with \p Store and returns the 64-bit value read back from
/// there, in a program type whose exit check (R0 in [0, 1]) shows what the
/// engine knows of the value.
bpf::Program zeroThenReturn(Code Store) {
  return program("cgroup_skb/ingress",
                 {Store, ldx(BPF_DW, R0, R10, -8), exit()});
}

TEST(StackZero, ZeroBytesReadBackAsConstant) {
  // `*(u64 *)(r10 -8) = 0` makes the slot zero bytes, not unknown data:
  // the fill is the constant 0 and satisfies cgroup_skb's [0, 1].
  Finding F = analyze(zeroThenReturn(st(BPF_DW, R10, -8, 0)));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(StackZero, NonZeroImmediateIsAConstantSpill) {
  Finding F = analyze(zeroThenReturn(st(BPF_DW, R10, -8, 2)));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "At program exit the register R0 has smin=2 smax=2 "
                       "should have been in [0, 1]");
}

// An 8-byte read of a 4-byte spill reads bytes, not the spilled register:
// the value is unknown (the 6.18 kernel rejects this program so).
TEST(StackMisc, PartlyWrittenSlotReadsUnknown) {
  // `*(u32 *)(r10 -8) = 0` is a 4-byte spill of 0 (CAP_BPF) next to four
  // uninitialised bytes: privileged loaders may read them all, and the
  // value is unknown, outside cgroup_skb's [0, 1].
  Finding F = analyze(zeroThenReturn(st(BPF_W, R10, -8, 0)));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "At program exit the register R0 has unknown scalar "
                       "value should have been in [0, 1]");
}

} // namespace

//===- TransferTest.cpp - Verdicts of the engine's transfer functions -----===//
//
// Small hand-assembled programs, one or two per family of the kernel's
// checks (ALU bounds, branch refinement, stack bounds, map NULL checks,
// packet ranges, helper arguments, the exit value), each asserting the
// verdict and the kernel's message. Every expectation was compared with
// the 6.18 kernel loading the same instructions (bpf(BPF_PROG_LOAD)).
//
//===----------------------------------------------------------------------===//
#include "Asm.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/MapTypes.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

constexpr auto Lookup = model::BPF_FUNC_map_lookup_elem;

bpf::MapDef arrayMap() {
  return map("m", static_cast<uint32_t>(model::MapType::Array), 4, 16, 4);
}
bpf::MapDef hashMap() {
  return map("m", static_cast<uint32_t>(model::MapType::Hash), 4, 16, 4);
}

/// Insns 0-8: looks key 0 up in map "m"; from insn 9 on, r0 is the value
/// (insns 7-8 return 0 when the lookup fails).
Code lookupKeyZero() {
  return seq({st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4), ldMap(R1, "m"),
              call(Lookup), jmp(BPF_JNE, R0, 0, 2), mov(R0, 0), exit()});
}

/// Reads byte r0[r1 & Mask] of a 16-byte map value.
bpf::Program maskedIndex(int32_t Mask) {
  return program("xdp",
                 {lookupKeyZero(), ldx(BPF_W, R1, R0, 0),
                  alu64(BPF_AND, R1, Mask), add(R0, R1), ldx(BPF_B, R0, R0, 0),
                  mov(R0, 2), exit()},
                 {arrayMap()});
}

TEST(AluTransfer, AndBoundsTheIndex) {
  Finding F = analyze(maskedIndex(15));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(AluTransfer, AndLeavesTheIndexOnePastTheValue) {
  // 16 = 0b10000: the index is 0 or 16, and 16 is one past the value.
  Finding F = analyze(maskedIndex(16));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid access to map value, value_size=16 off=16 "
                       "size=1");
  EXPECT_EQ(F.InsnIndex, 12);
}

/// Reads byte r0[r1] of a 16-byte map value after `if r1 > Limit goto out`.
bpf::Program branchIndex(uint8_t Op, int32_t Limit) {
  return program("xdp",
                 {lookupKeyZero(), ldx(BPF_W, R1, R0, 0), jmp(Op, R1, Limit, 2),
                  add(R0, R1), ldx(BPF_B, R1, R0, 0), mov(R0, 2), exit()},
                 {arrayMap()});
}

TEST(BranchTransfer, UnsignedBranchBoundsTheFallThrough) {
  Finding F = analyze(branchIndex(BPF_JGT, 15));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(BranchTransfer, OffByOneBoundIsRejected) {
  Finding F = analyze(branchIndex(BPF_JGT, 16));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid access to map value, value_size=16 off=16 "
                       "size=1");
}

TEST(BranchTransfer, SignedBranchAloneLeavesNegativeIndices) {
  // r1 is a u32 load, so `if r1 s> 15` bounds it on both sides: accepted.
  Finding F = analyze(branchIndex(BPF_JSGT, 15));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(StackAccess, WriteBelowTheStackIsRejected) {
  Finding F =
      analyze(program("xdp", {st(BPF_DW, R10, -520, 0), mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid write to stack R10 off=-520 size=8");
  EXPECT_EQ(F.InsnIndex, 0);
}

TEST(StackAccess, ReadAboveTheFramePointerIsRejected) {
  Finding F =
      analyze(program("xdp", {ldx(BPF_DW, R0, R10, 0), mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid read from stack R10 off=0 size=8");
}

TEST(StackAccess, LastSlotIsInBounds) {
  Finding F = analyze(program(
      "xdp", {st(BPF_DW, R10, -512, 0), ldx(BPF_DW, R0, R10, -512), exit()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(MapValue, DereferenceBeforeNullCheckIsRejected) {
  Finding F = analyze(
      program("xdp",
              {st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4), ldMap(R1, "m"),
               call(Lookup), ldx(BPF_W, R0, R0, 0), exit()},
              {hashMap()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R0 invalid mem access 'map_value_or_null'");
  EXPECT_EQ(F.InsnIndex, 6);
}

TEST(MapValue, DereferenceAfterNullCheckIsAccepted) {
  Finding F = analyze(program(
      "xdp", {lookupKeyZero(), ldx(BPF_W, R0, R0, 12), exit()}, {hashMap()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(MapValue, NullCheckAppliesToCopies) {
  // r6 = r0 before the check: checking r0 makes r6 non-NULL too.
  Finding F = analyze(
      program("xdp",
              {st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4), ldMap(R1, "m"),
               call(Lookup), mov(R6, R0), jmp(BPF_JEQ, R0, 0, 1),
               ldx(BPF_W, R1, R6, 0), mov(R0, 2), exit()},
              {hashMap()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

/// XDP: reads packet byte \p Byte after checking that 14 bytes are there.
bpf::Program packetByte(int16_t Byte) {
  return program("xdp", {ldx(BPF_W, R2, R1, 0), ldx(BPF_W, R3, R1, 4),
                         mov(R4, R2), add(R4, 14), jmp(BPF_JGT, R4, R3, 1),
                         ldx(BPF_B, R0, R2, Byte), mov(R0, 2), exit()});
}

TEST(PacketAccess, ReadInsideTheCheckedRange) {
  Finding F = analyze(packetByte(13));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(PacketAccess, ReadPastTheCheckedRange) {
  Finding F = analyze(packetByte(14));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message,
            "invalid access to packet, off=14 size=1, R2(id=0,off=14,r=14)");
  EXPECT_EQ(F.InsnIndex, 5);
}

TEST(PacketAccess, ReadWithoutCheck) {
  Finding F =
      analyze(program("xdp", {ldx(BPF_W, R2, R1, 0), ldx(BPF_B, R0, R2, 0),
                              mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message,
            "invalid access to packet, off=0 size=1, R2(id=0,off=0,r=0)");
}

TEST(HelperCall, ScalarKeyIsRejected) {
  Finding F = analyze(program(
      "xdp", {mov(R2, 0), ldMap(R1, "m"), call(Lookup), mov(R0, 2), exit()},
      {hashMap()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R2 type=scalar expected=fp, pkt, pkt_meta, map_key, "
                       "map_value, mem, ringbuf_mem, buf, trusted_ptr_");
  EXPECT_EQ(F.InsnIndex, 3);
}

TEST(HelperCall, ContextInsteadOfMapIsRejected) {
  Finding F =
      analyze(program("xdp", {mov(R2, R10), add(R2, -4), st(BPF_W, R10, -4, 0),
                              call(Lookup), mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R1 type=ctx expected=map_ptr");
}

TEST(HelperCall, KeyOutsideTheStackIsRejected) {
  // An 8-byte key starting at fp-4 reaches past the frame pointer.
  bpf::MapDef M = hashMap();
  M.KeySize = 8;
  Finding F =
      analyze(program("xdp",
                      {st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4),
                       ldMap(R1, "m"), call(Lookup), mov(R0, 2), exit()},
                      {M}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid read from stack R2 off=-4 size=8");
}

TEST(Exit, UninitialisedR0IsRejected) {
  Finding F = analyze(program("xdp", {exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R0 !read_ok");
}

/// cgroup_skb/ingress returning skb->len & Mask.
bpf::Program cgroupReturn(int32_t Mask) {
  return program("cgroup_skb/ingress",
                 {ldx(BPF_W, R0, R1, 0), alu64(BPF_AND, R0, Mask), exit()});
}

TEST(Exit, ReturnInRangeIsAccepted) {
  Finding F = analyze(cgroupReturn(1));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(Exit, ReturnOutOfRangeIsRejected) {
  Finding F = analyze(cgroupReturn(3));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "At program exit the register R0 has smin=0 smax=3 "
                       "should have been in [0, 1]");
}

TEST(Exit, ConstantOutOfRangeIsRejected) {
  Finding F = analyze(program("cgroup_skb/ingress", {mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "At program exit the register R0 has smin=2 smax=2 "
                       "should have been in [0, 1]");
}

} // namespace

namespace {

/// Instructions whose semantics the engine does not model must make the
/// verdict unknown, never be read as a neighbouring instruction.
void expectUnknown(std::initializer_list<Code> Body, const std::string &Why) {
  Finding F = analyze(program("xdp", Body));
  EXPECT_EQ(F.V, Verdict::Unknown) << F.Message;
  EXPECT_NE(F.Message.find(Why), std::string::npos) << F.Message;
}

TEST(NotModelled, AddrSpaceCastIsNotASignExtension) {
  // r1 = addr_space_cast(r1, 0, 1): ALU64 MOV with off=1, imm=1.
  expectUnknown({mov(R1, 0),
                 {raw(BPF_ALU64 | BPF_MOV | BPF_X, R1, R1, 1, 1)},
                 mov(R0, 2),
                 exit()},
                "addr_space_cast");
}

TEST(NotModelled, LoadAcquireIsNotAReadModifyWrite) {
  // r0 = load_acquire((u64 *)(r10 - 8)): BPF_ATOMIC with imm BPF_LOAD_ACQ.
  expectUnknown({st(BPF_DW, R10, -8, 0),
                 {raw(BPF_STX | BPF_DW | BPF_ATOMIC, R0, R10, -8, 0x100)},
                 mov(R0, 2),
                 exit()},
                "load-acquire");
}

TEST(MayGoto, LoopWithoutBoundConvergesWhenItsValuesCannotMatter) {
  // r0 = 0; loop: may_goto +2; r0 += 3; goto loop; exit (the xdp return
  // value is not checked, so r0 growing does not keep the loop going).
  Finding F = analyze(program("xdp", {mov(R0, 0),
                                      {raw(BPF_JMP | BPF_JCOND, 0, 0, 2, 0)},
                                      alu64(BPF_ADD, R0, 3),
                                      ja(-3),
                                      exit()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
  EXPECT_LT(F.ProcessedInsns, 20u);
}

TEST(MayGoto, EachIterationIsChecked) {
  // The loop body reads r2, which nothing initialised: refused, not pruned.
  // r1 = 0; loop: may_goto +3; r0 = r1; r1 = r2; goto loop; r0 = 0; exit
  Finding F = analyze(program("xdp", {mov(R1, 0),
                                      {raw(BPF_JMP | BPF_JCOND, 0, 0, 3, 0)},
                                      mov(R0, R1),
                                      mov(R1, R2),
                                      ja(-4),
                                      mov(R0, 0),
                                      exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R2 !read_ok");
}

TEST(MayGoto, OtherEncodingsAreRefused) {
  Finding F = analyze(program(
      "xdp", {{raw(BPF_JMP | BPF_JCOND, 0, 0, 0, 1)}, mov(R0, 2), exit()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "invalid may_goto imm 1");
}

} // namespace

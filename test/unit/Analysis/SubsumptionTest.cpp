//===- SubsumptionTest.cpp - When a verified state covers a new one -------===//
//
// subsumes() decides pruning: a wrong "yes" hides a path the kernel checks
// (a false accept), a wrong "no" only costs time. These tests pin both
// directions for scalars, pointers, stack slots and references.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/VerifierState.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::analysis;

namespace {

/// One frame with the registers a program starts with.
VerifierState entryState() {
  VerifierState S;
  S.Frames.emplace_back();
  S.reg(1) = RegState::pointer(RegType::Ctx);
  S.reg(FramePointer) = RegState::pointer(RegType::Stack);
  return S;
}

RegState range(uint64_t Min, uint64_t Max) {
  return RegState::scalar(domain::Scalar::unsignedRange(Min, Max));
}

TEST(Subsumption, IdenticalStates) {
  VerifierState S = entryState();
  S.reg(2) = range(0, 10);
  EXPECT_TRUE(subsumes(S, S));
}

TEST(Subsumption, WiderScalarCoversNarrower) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = range(0, 10);
  Cur.reg(2) = range(2, 5);
  EXPECT_TRUE(subsumes(Old, Cur));
  EXPECT_FALSE(subsumes(Cur, Old));
}

TEST(Subsumption, OverlappingScalarsDoNotCover) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = range(0, 10);
  Cur.reg(2) = range(5, 11);
  EXPECT_FALSE(subsumes(Old, Cur));
}

TEST(Subsumption, UninitialisedRegisterCoversAnything) {
  VerifierState Old = entryState(), Cur = entryState();
  Cur.reg(3) = RegState::pointer(RegType::MapValue, MaybeNull);
  EXPECT_TRUE(subsumes(Old, Cur));
  EXPECT_FALSE(subsumes(Cur, Old));
}

TEST(Subsumption, IrrelevantScalarsMayDiffer) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = RegState::constant(1);
  Cur.reg(2) = RegState::constant(2);
  RelevantSet Top;
  Top.Regs = 1 << 2;
  EXPECT_FALSE(subsumes(Old, Cur, &Top));
  Top.Regs = 1 << 3; // only r3 matters
  EXPECT_TRUE(subsumes(Old, Cur, &Top));
}

TEST(Subsumption, IrrelevantPointerStillCompared) {
  // Only scalars may be skipped: a pointer where a scalar was is a
  // different program state even if the register looks dead.
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = RegState::constant(1);
  Cur.reg(2) = RegState::pointer(RegType::Ctx);
  RelevantSet Top;
  EXPECT_FALSE(subsumes(Old, Cur, &Top));
}

TEST(Subsumption, PointerTypeAndNullnessMustMatch) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(0) = RegState::pointer(RegType::MapValue);
  Cur.reg(0) = RegState::pointer(RegType::MapValue, MaybeNull);
  EXPECT_FALSE(subsumes(Old, Cur));
  Cur.reg(0) = RegState::pointer(RegType::Ctx);
  EXPECT_FALSE(subsumes(Old, Cur));
  Cur.reg(0) = RegState::pointer(RegType::MapValue);
  EXPECT_TRUE(subsumes(Old, Cur));
}

TEST(Subsumption, StackPointerOffsetsMustMatch) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = RegState::pointer(RegType::Stack);
  Old.reg(2).Off = -8;
  Cur.reg(2) = Old.reg(2);
  EXPECT_TRUE(subsumes(Old, Cur));
  Cur.reg(2).Off = -16;
  EXPECT_FALSE(subsumes(Old, Cur));
}

TEST(Subsumption, LongerPacketRangeIsCovered) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = RegState::pointer(RegType::Packet);
  Old.reg(2).Range = 8;
  Cur.reg(2) = Old.reg(2);
  Cur.reg(2).Range = 14;
  EXPECT_TRUE(subsumes(Old, Cur));
  EXPECT_FALSE(subsumes(Cur, Old));
}

TEST(Subsumption, LinkedCopiesMustStayLinked) {
  // Old: r0 and r6 are copies (a NULL check of one covers both); Cur: they
  // are unrelated, so checking r0 would not make r6 safe.
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(0) = RegState::pointer(RegType::MapValue, MaybeNull);
  Old.reg(0).Id = 1;
  Old.reg(6) = Old.reg(0);
  Cur.reg(0) = Old.reg(0);
  Cur.reg(0).Id = 7;
  Cur.reg(6) = Old.reg(0);
  Cur.reg(6).Id = 8;
  EXPECT_FALSE(subsumes(Old, Cur));
  // Renumbered but linked the same way: covered.
  Cur.reg(6).Id = 7;
  EXPECT_TRUE(subsumes(Old, Cur));
}

StackSlot slotOf(SlotKind K) {
  StackSlot S;
  S.Kind.fill(K);
  return S;
}

TEST(Subsumption, StackByteKinds) {
  struct Case {
    SlotKind Old, Cur;
    bool Covered;
  } Cases[] = {
      {SlotKind::Invalid, SlotKind::Misc, true},
      {SlotKind::Misc, SlotKind::Zero, true},
      {SlotKind::Misc, SlotKind::Invalid, false},
      {SlotKind::Zero, SlotKind::Misc, false},
      {SlotKind::Zero, SlotKind::Zero, true},
  };
  for (const Case &C : Cases) {
    VerifierState Old = entryState(), Cur = entryState();
    Old.cur().Stack.slotForWrite(0) = slotOf(C.Old);
    Cur.cur().Stack.slotForWrite(0) = slotOf(C.Cur);
    EXPECT_EQ(subsumes(Old, Cur), C.Covered)
        << static_cast<int>(C.Old) << " vs " << static_cast<int>(C.Cur);
  }
}

TEST(Subsumption, SpilledRegistersAreComparedLikeRegisters) {
  VerifierState Old = entryState(), Cur = entryState();
  StackSlot OldSlot = slotOf(SlotKind::Spill);
  OldSlot.Spilled = range(0, 10);
  StackSlot CurSlot = slotOf(SlotKind::Spill);
  CurSlot.Spilled = RegState::constant(3);
  Old.cur().Stack.slotForWrite(1) = OldSlot;
  Cur.cur().Stack.slotForWrite(1) = CurSlot;
  EXPECT_TRUE(subsumes(Old, Cur));
  EXPECT_FALSE(subsumes(Cur, Old));
  // A spilled pointer is not covered by unknown bytes in its place.
  CurSlot = slotOf(SlotKind::Misc);
  Cur.cur().Stack.slotForWrite(1) = CurSlot;
  EXPECT_FALSE(subsumes(Old, Cur));
}

TEST(Subsumption, ImpreciseScalarsMayDiffer) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.reg(2) = RegState::constant(0);
  Cur.reg(2) = RegState::constant(16);
  StackSlot OldSlot = slotOf(SlotKind::Spill);
  OldSlot.Spilled = RegState::constant(1);
  Old.cur().Stack.slotForWrite(1) = OldSlot;
  Cur.cur().Stack.slotForWrite(1) = slotOf(SlotKind::Misc);
  std::vector<RelevantSet> Precise(1);
  EXPECT_FALSE(subsumes(Old, Cur)) << "every scalar compared";
  EXPECT_TRUE(subsumes(Old, Cur, nullptr, true, &Precise))
      << "no path depended on r2 or the spilled scalar, which covers misc "
         "data (both read back as a scalar)";
  Precise[0].Regs = 1u << 2;
  EXPECT_FALSE(subsumes(Old, Cur, nullptr, true, &Precise));
  Precise[0].Regs = 0;
  Precise[0].Slots.set(1);
  EXPECT_FALSE(subsumes(Old, Cur, nullptr, true, &Precise));
}

TEST(Subsumption, MiscCoversUninitialisedStackForPrivilegedLoaders) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.cur().Stack.slotForWrite(0) = slotOf(SlotKind::Misc);
  Cur.cur().Stack.slotForWrite(0) = slotOf(SlotKind::Invalid);
  EXPECT_FALSE(subsumes(Old, Cur, nullptr, /*Privileged=*/false));
  EXPECT_TRUE(subsumes(Old, Cur, nullptr, /*Privileged=*/true))
      << "a privileged loader reads either as an unknown scalar";
}

TEST(Subsumption, DeadSlotsSkippedOnlyWhenAsked) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.cur().Stack.slotForWrite(0) = slotOf(SlotKind::Zero);
  Cur.cur().Stack.slotForWrite(0) = slotOf(SlotKind::Misc);
  RelevantSet Top; // no slot matters
  EXPECT_FALSE(subsumes(Old, Cur, &Top, /*Privileged=*/false));
  EXPECT_TRUE(subsumes(Old, Cur, &Top, /*Privileged=*/true));
  Top.Slots.set(0);
  EXPECT_FALSE(subsumes(Old, Cur, &Top, /*Privileged=*/true));
}

TEST(Subsumption, ReferencesMustCorrespond) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.Refs.push_back({5, 4});
  EXPECT_FALSE(subsumes(Old, Cur)) << "a held reference is not covered";
  EXPECT_FALSE(subsumes(Cur, Old));
  Cur.Refs.push_back({9, 4});
  EXPECT_TRUE(subsumes(Old, Cur)) << "ids are compared up to renaming";
}

TEST(Subsumption, ReferencedPointersFollowTheReferenceIds) {
  VerifierState Old = entryState(), Cur = entryState();
  Old.Refs.push_back({5, 4});
  Cur.Refs.push_back({9, 4});
  Old.reg(6) = RegState::pointer(RegType::Mem, RingBuf);
  Old.reg(6).RefObjId = 5;
  Cur.reg(6) = Old.reg(6);
  Cur.reg(6).RefObjId = 9;
  EXPECT_TRUE(subsumes(Old, Cur));
  // r6 belongs to a different reference than the one held.
  Cur.reg(6).RefObjId = 10;
  EXPECT_FALSE(subsumes(Old, Cur));
}

TEST(Subsumption, CallChainMustMatch) {
  VerifierState Old = entryState(), Cur = entryState();
  Cur.Frames.emplace_back();
  EXPECT_FALSE(subsumes(Old, Cur));
  Old.Frames.emplace_back();
  Old.Frames.back().CallSite = 3;
  Cur.Frames.back().CallSite = 5;
  EXPECT_FALSE(subsumes(Old, Cur));
}

} // namespace

namespace {

/// A map whose value holds a bpf_spin_lock at offset 0.
bpf::MapDef lockedMap(const char *Name) {
  bpf::MapDef M;
  M.Name = Name;
  M.ValueSize = 16;
  M.Fields.push_back({bpf::SpecialField::SpinLock, 0, 4});
  return M;
}

TEST(Subsumption, HeldLockMustMatch) {
  bpf::MapDef A = lockedMap("a"), B = lockedMap("b");
  VerifierState Free = entryState(), HeldA = entryState(), HeldB = entryState();
  HeldA.LockMap = &A;
  HeldB.LockMap = &B;
  // A state without the lock never covers one holding it, nor the reverse:
  // pruning the locked path would skip its checks at exit.
  EXPECT_FALSE(subsumes(Free, HeldA));
  EXPECT_FALSE(subsumes(HeldA, Free));
  EXPECT_FALSE(subsumes(HeldA, HeldB));
  EXPECT_TRUE(subsumes(HeldA, HeldA));
}

TEST(Subsumption, HeldLockIdsMapLikeRegisterIds) {
  bpf::MapDef A = lockedMap("a");
  VerifierState Old = entryState(), Cur = entryState();
  Old.LockMap = Cur.LockMap = &A;
  Old.LockId = 3;
  Cur.LockId = 7;
  Old.reg(6) = RegState::pointer(RegType::MapValue);
  Old.reg(6).Map = &A;
  Old.reg(6).Id = 3;
  Cur.reg(6) = Old.reg(6);
  Cur.reg(6).Id = 7;
  // Renamed consistently: the same lock through the same register.
  EXPECT_TRUE(subsumes(Old, Cur));
  // R6 now names another element than the lock held.
  Cur.reg(6).Id = 8;
  EXPECT_FALSE(subsumes(Old, Cur));
  // A lock taken through an id-less pointer (global data) against one
  // taken through a lookup's result.
  Cur.reg(6).Id = 7;
  Old.LockId = 0;
  EXPECT_FALSE(subsumes(Old, Cur));
}

TEST(Subsumption, AsyncCallbackFrameMustMatch) {
  VerifierState Old = entryState(), Cur = entryState();
  Cur.cur().AsyncCallback = true;
  EXPECT_FALSE(subsumes(Old, Cur));
  EXPECT_FALSE(Old == Cur);
}

} // namespace

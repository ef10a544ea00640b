//===- StackObjectsTest.cpp - Iterators and dynptrs when pruning ----------===//
//
// Stack slots holding an iterator or a dynptr are compared the kernel's way
// (stacksafe() for STACK_ITER and STACK_DYNPTR): same type and state, the
// same reference up to renaming, never the iterator's depth; exact
// equality, used for loop detection, does see the depth.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/VerifierState.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::analysis;

namespace {

/// One frame whose slot 0 (fp-8) holds a number iterator.
VerifierState withIter(uint32_t Ref, bool Drained, uint32_t Depth) {
  VerifierState S;
  S.Frames.emplace_back();
  S.reg(FramePointer) = RegState::pointer(RegType::Stack);
  StackSlot &Slot = S.cur().Stack.slotForWrite(0);
  Slot.Kind.fill(SlotKind::Iter);
  Slot.Iter.BtfId = 42;
  Slot.Iter.RefObjId = Ref;
  Slot.Iter.Drained = Drained;
  Slot.Iter.Depth = Depth;
  S.Refs.push_back({Ref, 4});
  return S;
}

TEST(StackObjects, IteratorDepthIsNotCompared) {
  VerifierState Old = withIter(1, false, 1), Cur = withIter(1, false, 5);
  EXPECT_TRUE(subsumes(Old, Cur));
  EXPECT_FALSE(Old == Cur);
}

TEST(StackObjects, DrainedAndActiveIteratorsDiffer) {
  VerifierState Old = withIter(1, false, 0), Cur = withIter(1, true, 0);
  EXPECT_FALSE(subsumes(Old, Cur));
  EXPECT_FALSE(subsumes(Cur, Old));
}

TEST(StackObjects, IteratorReferencesAreRenamed) {
  VerifierState Old = withIter(3, false, 0), Cur = withIter(7, false, 0);
  EXPECT_TRUE(subsumes(Old, Cur));
}

TEST(StackObjects, IteratorOfAnotherTypeDiffers) {
  VerifierState Old = withIter(1, false, 0), Cur = withIter(1, false, 0);
  Cur.cur().Stack.slotForWrite(0).Iter.BtfId = 43;
  EXPECT_FALSE(subsumes(Old, Cur));
}

TEST(StackObjects, DeadIteratorSlotsAreStillCompared) {
  VerifierState Old = withIter(1, false, 0), Cur = withIter(1, false, 0);
  Cur.cur().Stack.slotForWrite(0).Iter.Drained = true;
  RelevantSet NothingRelevant;
  EXPECT_FALSE(subsumes(Old, Cur, &NothingRelevant, /*SkipDeadSlots=*/true));
}

/// One frame whose slots 1 and 0 (fp-16) hold a dynptr.
VerifierState withDynptr(DynptrKind K, uint32_t Ref) {
  VerifierState S;
  S.Frames.emplace_back();
  S.reg(FramePointer) = RegState::pointer(RegType::Stack);
  for (int I : {1, 0}) {
    StackSlot &Slot = S.cur().Stack.slotForWrite(I);
    Slot.Kind.fill(SlotKind::Dynptr);
    Slot.Dynptr.Type = K;
    Slot.Dynptr.First = I == 1;
    Slot.Dynptr.RefObjId = Ref;
  }
  if (Ref)
    S.Refs.push_back({Ref, 6});
  return S;
}

TEST(StackObjects, DynptrKindsDiffer) {
  VerifierState Local = withDynptr(DynptrKind::Local, 0);
  VerifierState Ringbuf = withDynptr(DynptrKind::Ringbuf, 2);
  EXPECT_TRUE(subsumes(Local, withDynptr(DynptrKind::Local, 0)));
  EXPECT_TRUE(subsumes(Ringbuf, withDynptr(DynptrKind::Ringbuf, 9)));
  EXPECT_FALSE(subsumes(Local, Ringbuf));
  EXPECT_FALSE(subsumes(Ringbuf, Local));
}

TEST(StackObjects, StateWithoutTheIteratorDoesNotCoverIt) {
  // Unknown data covers any byte kind, an iterator's too, as the kernel's
  // stacksafe() lets STACK_MISC do; the iterator's reference still tells
  // the states apart.
  VerifierState Old = withIter(1, false, 0), Cur = withIter(1, false, 0);
  Old.cur().Stack.slotForWrite(0).Kind.fill(SlotKind::Misc);
  Old.Refs.clear();
  EXPECT_FALSE(subsumes(Old, Cur));
}

} // namespace

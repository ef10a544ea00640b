//===- StateEquivalence.cpp - When an old state covers a new one ----------===//
//
// Pruning is what keeps path-sensitive exploration affordable: reaching an
// instruction in a state that an already-verified state subsumes means the
// rest of this path is safe. The rules follow the kernel's states_equal()
// (regsafe, stacksafe, refsafe, with an id map so that linked registers stay
// linked the same way). Like the kernel, it compares only the scalars that
// are live (Relevance, for the innermost frame) and, for a finished
// checkpoint, precise (Precision.h: a verified path below it depended on
// them).
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/VerifierState.h"

#include <map>

using namespace verifiable;
using namespace verifiable::analysis;

namespace {

/// A consistent one-to-one mapping of the old state's ids to the new one's.
class IdMap {
public:
  bool check(uint32_t Old, uint32_t Cur) {
    if (!Old && !Cur)
      return true;
    if (!Old || !Cur)
      return false;
    auto [It, New] = OldToCur.emplace(Old, Cur);
    if (!New)
      return It->second == Cur;
    auto [It2, New2] = CurToOld.emplace(Cur, Old);
    return New2 || It2->second == Old;
  }

private:
  std::map<uint32_t, uint32_t> OldToCur, CurToOld;
};

bool regSafe(const RegState &Old, const RegState &Cur, IdMap &Ids) {
  if (!Old.isInit())
    return true;
  if (Old.Type != Cur.Type || Old.Flags != Cur.Flags)
    return false;
  if (!(Cur.Var <= Old.Var))
    return false;
  switch (Old.Type) {
  case RegType::Scalar:
    // A scalar id only matters when it links registers the old state used.
    if ((Old.Flags & AddConst) && Old.Off != Cur.Off)
      return false;
    return !Old.Id || Ids.check(Old.Id, Cur.Id);
  case RegType::Packet:
  case RegType::PacketMeta:
    return Old.Off == Cur.Off && Cur.Range >= Old.Range &&
           Ids.check(Old.Id, Cur.Id);
  case RegType::Stack:
    return Old.Off == Cur.Off && Old.Frame == Cur.Frame;
  case RegType::Func:
    return Old.Callee == Cur.Callee;
  default:
    return Old.Off == Cur.Off && Old.Map == Cur.Map &&
           Old.MemSize == Cur.MemSize && Old.BtfType == Cur.BtfType &&
           Old.DynptrId == Cur.DynptrId && Old.BufFrame == Cur.BufFrame &&
           Old.BufOff == Cur.BufOff && Ids.check(Old.Id, Cur.Id) &&
           Ids.check(Old.RefObjId, Cur.RefObjId);
  }
}

bool allKind(const StackSlot &S, SlotKind K) {
  for (SlotKind B : S.Kind)
    if (B != K)
      return false;
  return true;
}

/// \p UninitReadable: privileged loaders read uninitialised stack as an
/// unknown scalar (the kernel's allow_uninit_stack), so misc data in the
/// old state covers it.
bool stackSafe(const StackState &Old, const StackState &Cur, IdMap &Ids,
               const RelevantSet *Top, bool SkipDeadSlots,
               const RelevantSet *Precise, bool UninitReadable) {
  for (int I = 0; I < Old.numSlots(); ++I) {
    bool Relevant = !Top || I >= 64 || Top->Slots.test(I);
    const StackSlot &O = *Old.slot(I);
    if (!Relevant && SkipDeadSlots && !O.isIter() && !O.isDynptr())
      continue;
    const StackSlot *C = Cur.slot(I);
    static const StackSlot Empty;
    if (!C)
      C = &Empty;
    bool Imprecise = Precise && (I >= 64 || !Precise->Slots.test(I));
    // A spilled scalar nothing depended on covers a slot of misc data:
    // both read back as a scalar (the kernel's scalar_reg_for_stack()).
    if ((!Relevant || Imprecise) && O.isSpill() && O.Spilled.isScalar() &&
        allKind(O, SlotKind::Spill) && allKind(*C, SlotKind::Misc))
      continue;
    for (int B = 0; B < 8; ++B) {
      SlotKind OK = O.Kind[B], CK = C->Kind[B];
      if (OK == SlotKind::Invalid)
        continue;
      if (OK == SlotKind::Misc && (CK != SlotKind::Invalid || UninitReadable))
        continue;
      if (OK != CK)
        return false;
    }
    // Iterators: same type, same state, same reference; not the depth
    // (the kernel's stacksafe() for STACK_ITER).
    if (O.isIter() &&
        (O.Iter.BtfId != C->Iter.BtfId || O.Iter.Drained != C->Iter.Drained ||
         O.Iter.Rcu != C->Iter.Rcu || O.Iter.Untrusted != C->Iter.Untrusted ||
         !Ids.check(O.Iter.RefObjId, C->Iter.RefObjId)))
      return false;
    // Dynptrs: same type and slot, same reference (STACK_DYNPTR).
    if (O.isDynptr() &&
        (O.Dynptr.Type != C->Dynptr.Type || O.Dynptr.First != C->Dynptr.First ||
         !Ids.check(O.Dynptr.RefObjId, C->Dynptr.RefObjId)))
      return false;
    if (O.isSpill() &&
        !((!Relevant || Imprecise) && O.Spilled.isScalar() &&
          C->Spilled.isScalar()) &&
        !regSafe(O.Spilled, C->Spilled, Ids))
      return false;
  }
  return true;
}

} // namespace

bool analysis::subsumes(const VerifierState &Old, const VerifierState &Cur,
                        const RelevantSet *Top, bool Privileged,
                        const std::vector<RelevantSet> *Precise) {
  if (Old.Frames.size() != Cur.Frames.size() ||
      Old.Refs.size() != Cur.Refs.size() || Old.RcuLock != Cur.RcuLock ||
      Old.PreemptLocks != Cur.PreemptLocks || Old.LockMap != Cur.LockMap ||
      Old.LockRes != Cur.LockRes || !Old.LockId != !Cur.LockId)
    return false;
  IdMap Ids;
  // The same lock held: the ids of the pointers it was taken through map
  // to each other like the registers' ids (refsafe()).
  if (Old.LockId && !Ids.check(Old.LockId, Cur.LockId))
    return false;
  for (size_t F = 0; F < Old.Frames.size(); ++F) {
    const FrameState &O = Old.Frames[F], &C = Cur.Frames[F];
    if (O.CallSite != C.CallSite || O.Function != C.Function ||
        O.InCallback != C.InCallback || O.AsyncCallback != C.AsyncCallback ||
        O.CallbackIterations > C.CallbackIterations)
      return false;
    const RelevantSet *Mask = F + 1 == Old.Frames.size() ? Top : nullptr;
    static const RelevantSet NonePrecise;
    const RelevantSet *FramePrecise = !Precise              ? nullptr
                                      : F < Precise->size() ? &(*Precise)[F]
                                                            : &NonePrecise;
    for (int R = 0; R < NumRegs; ++R) {
      // A scalar whose value cannot matter any more, or that no verified
      // path depended on, may differ.
      bool Skip =
          (Mask && !Mask->reg(R)) || (FramePrecise && !FramePrecise->reg(R));
      if (Skip && O.Regs[R].isScalar() && C.Regs[R].isScalar())
        continue;
      if (!regSafe(O.Regs[R], C.Regs[R], Ids))
        return false;
    }
    if (!stackSafe(O.Stack, C.Stack, Ids, Mask, Mask && Privileged,
                   FramePrecise, Privileged))
      return false;
  }
  for (size_t I = 0; I < Old.Refs.size(); ++I)
    if (!Ids.check(Old.Refs[I].Id, Cur.Refs[I].Id))
      return false;
  return true;
}

bool StackSlot::operator==(const StackSlot &O) const {
  return Kind == O.Kind && (!isSpill() || Spilled == O.Spilled) &&
         (!isIter() || Iter == O.Iter) && (!isDynptr() || Dynptr == O.Dynptr);
}

bool StackState::operator==(const StackState &O) const {
  int N = std::max(numSlots(), O.numSlots());
  static const StackSlot Empty;
  for (int I = 0; I < N; ++I) {
    const StackSlot *A = slot(I), *B = O.slot(I);
    if (!((A ? *A : Empty) == (B ? *B : Empty)))
      return false;
  }
  return true;
}

bool FrameState::operator==(const FrameState &O) const {
  return Regs == O.Regs && Stack == O.Stack && Function == O.Function &&
         CallSite == O.CallSite && InCallback == O.InCallback &&
         AsyncCallback == O.AsyncCallback &&
         CallbackIterations == O.CallbackIterations;
}

bool VerifierState::operator==(const VerifierState &O) const {
  return Frames == O.Frames && Refs == O.Refs &&
         CallbackDepth == O.CallbackDepth && MayGotoDepth == O.MayGotoDepth &&
         RcuLock == O.RcuLock && PreemptLocks == O.PreemptLocks &&
         LockMap == O.LockMap && LockId == O.LockId && LockRes == O.LockRes;
}

//===- IterTransfer.cpp - Open-coded iterators in stack slots -------------===//
//
// The kernel's process_iter_arg(), mark/unmark_stack_slots_iter() and
// process_iter_next_call(). An iterator of type bpf_iter_<type> occupies
// size/8 stack slots of kind Iter; its first slot holds the reference that
// `new` acquired, so an iterator never destroyed is a leak at exit. `next`
// forks the path into "drained, R0 = NULL" (continued) and "active, R0 =
// the element" (queued, one level deeper).
//
//===----------------------------------------------------------------------===//
#include "Explorer.h"
#include "Iterators.h"
#include "MemAccess.h"
#include "References.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isIterNextCall(const bpf::Insn &I) {
  if (!I.isKfuncCall())
    return false;
  const model::KfuncInfo *K = model::findKfunc(I.Ref.Name);
  return K && K->has(model::KF_ITER_NEXT);
}

namespace {
/// Where an iterator argument points: its frame's stack and the index of
/// its first slot (the kernel's spi).
struct IterPlace {
  StackState *Stack = nullptr;
  int FirstSlot = 0;
  int NumSlots = 0;
};
} // namespace

/// The iterator's "iter_<type>" as the kernel's messages name it.
static std::string iterName(const model::KfuncType &T) {
  std::string_view N = T.StructName;
  return "iter_" + std::string(N.substr(9));
}

/// The kernel's stack_slot_obj_get_spi(): false with a message when the
/// pointer cannot hold an iterator; Place.Stack stays null when the slots
/// lie beyond the frame's stack (-ERANGE, no message).
static bool iterPlace(TransferEnv &E, VerifierState &S, const RegState &R,
                      int NumSlots, IterPlace &Place) {
  if (!R.Var.isConst())
    return E.reject("iter has to be at a constant offset");
  int64_t Off = R.Off + static_cast<int64_t>(R.Var.constValue());
  if (Off % 8 || Off >= 0 || (-Off - 1) / 8 + 1 < NumSlots)
    return E.reject("cannot pass in iter at an offset=" + std::to_string(Off));
  if (R.Frame >= S.Frames.size())
    return E.unknown("stack pointer into a frame that returned");
  int Spi = static_cast<int>((-Off - 1) / 8);
  Place.NumSlots = NumSlots;
  Place.FirstSlot = Spi;
  if (Spi < S.Frames[R.Frame].Stack.numSlots())
    Place.Stack = &S.Frames[R.Frame].Stack;
  return true;
}

/// is_iter_reg_valid_init(): every slot an iterator slot of this type, the
/// reference in the first one only. \p Untrusted is set for a
/// KF_RCU_PROTECTED iterator no longer in its RCU section.
static bool validIter(const IterPlace &Place, uint32_t BtfId, bool &Untrusted) {
  if (!Place.Stack)
    return false;
  for (int I = 0; I < Place.NumSlots; ++I) {
    const StackSlot *SS = Place.Stack->slot(Place.FirstSlot - I);
    if (SS && SS->isIter() && SS->Iter.Untrusted) {
      Untrusted = true;
      return false;
    }
    if (!SS || SS->Iter.BtfId != BtfId || (I == 0) != (SS->Iter.RefObjId != 0))
      return false;
    for (SlotKind K : SS->Kind)
      if (K != SlotKind::Iter)
        return false;
  }
  return true;
}

/// `new`: the slots must hold no iterator; they are written, then become
/// the iterator (mark_stack_slots_iter()).
static bool newIter(TransferEnv &E, Path &P, const KfuncCall &K, int Regno,
                    const model::KfuncType &Type, IterPlace Place) {
  if (Place.Stack)
    for (int I = 0; I < Place.NumSlots; ++I)
      for (SlotKind K : Place.Stack->slot(Place.FirstSlot - I)->Kind)
        if (K == SlotKind::Iter)
          return E.reject("expected uninitialized " + iterName(Type) +
                          " as arg #" + std::to_string(Regno - 1));
  for (int I = 0; I < Place.NumSlots * 8; I += 8)
    if (!checkMemAccess(E, P, MemAccess::store(Regno, I, 8, -1)))
      return false;
  const RegState &R = P.State.reg(Regno);
  StackState &Stack = P.State.Frames[R.Frame].Stack;
  uint32_t Ref = acquireReference(E, P.State, P.Pc);
  bool Protected = K.Info.has(model::KF_RCU_PROTECTED);
  bool InRcu = inRcuCriticalSection(E, P.State);
  for (int I = 0; I < Place.NumSlots; ++I) {
    StackSlot &SS = Stack.slotForWrite(Place.FirstSlot - I);
    SS.Kind.fill(SlotKind::Iter);
    SS.Spilled = RegState();
    SS.Iter = IterSlot();
    SS.Iter.BtfId = Type.StructId;
    SS.Iter.RefObjId = I == 0 ? Ref : 0;
    SS.Iter.Rcu = Protected && InRcu;
    SS.Iter.Untrusted = Protected && !InRcu;
  }
  return true;
}

bool analysis::processIterArg(TransferEnv &E, Path &P, const KfuncCall &K,
                              int Regno, const model::KfuncType &Type) {
  const RegState &R = P.State.reg(Regno);
  if (R.Type != RegType::Stack || R.maybeNull())
    return E.reject("arg#" + std::to_string(Regno - 1) +
                    " expected pointer to an iterator on stack");
  IterPlace Place;
  if (!iterPlace(E, P.State, R, static_cast<int>(Type.Size / 8), Place))
    return false;
  if (K.Info.has(model::KF_ITER_NEW))
    return newIter(E, P, K, Regno, Type, Place);
  bool Untrusted = false;
  if (!validIter(Place, Type.StructId, Untrusted) && Untrusted)
    return E.reject("expected an RCU CS when using " + K.Name);
  if (!validIter(Place, Type.StructId, Untrusted))
    return E.reject("expected an initialized " + iterName(Type) + " as arg #" +
                    std::to_string(Regno - 1));
  if (!K.Info.has(model::KF_ITER_DESTROY))
    return true;
  uint32_t Ref = Place.Stack->slot(Place.FirstSlot)->Iter.RefObjId;
  for (int I = 0; I < Place.NumSlots; ++I) {
    StackSlot &SS = Place.Stack->slotForWrite(Place.FirstSlot - I);
    SS.Kind.fill(SlotKind::Invalid);
    SS.Spilled = RegState();
    SS.Iter = IterSlot();
  }
  releaseReference(E, P.State, Ref);
  return true;
}

/// The iterator R1 points to (`next` takes it first), or nullptr.
static StackSlot *iterOfR1(VerifierState &S) {
  const RegState &R1 = S.reg(1);
  if (R1.Type != RegType::Stack || !R1.Var.isConst() ||
      R1.Frame >= S.Frames.size())
    return nullptr;
  int64_t Off = R1.Off + static_cast<int64_t>(R1.Var.constValue());
  if (Off >= 0)
    return nullptr;
  StackState &Stack = S.Frames[R1.Frame].Stack;
  int Spi = static_cast<int>((-Off - 1) / 8);
  if (Spi >= Stack.numSlots())
    return nullptr;
  StackSlot &SS = Stack.slotForWrite(Spi);
  return SS.isIter() ? &SS : nullptr;
}

const IterSlot *analysis::iterArgSlot(const VerifierState &S) {
  StackSlot *SS = iterOfR1(const_cast<VerifierState &>(S));
  return SS ? &SS->Iter : nullptr;
}

bool analysis::inRcuCriticalSection(const TransferEnv &E,
                                    const VerifierState &S) {
  return S.RcuLock || !E.Section.Sleepable;
}

void analysis::untrustRcuIterators(VerifierState &S) {
  for (FrameState &F : S.Frames)
    for (int Spi = 0; Spi < F.Stack.numSlots(); ++Spi) {
      const StackSlot *SS = F.Stack.slot(Spi);
      if (!SS || !SS->isIter() || !SS->Iter.Rcu)
        continue;
      StackSlot &W = F.Stack.slotForWrite(Spi);
      W.Iter.Rcu = false;
      W.Iter.Untrusted = true;
    }
}

bool analysis::iterArgActive(const VerifierState &S) {
  StackSlot *SS = iterOfR1(const_cast<VerifierState &>(S));
  return SS && !SS->Iter.Drained;
}

void analysis::processIterNext(TransferEnv &E, Path &P) {
  StackSlot *Iter = iterOfR1(P.State);
  if (!Iter)
    return;
  if (!Iter->Iter.Drained) {
    VerifierState Active = P.State;
    StackSlot *Queued = iterOfR1(Active);
    ++Queued->Iter.Depth;
    RegState &R0 = Active.reg(0);
    R0.Flags &= ~MaybeNull;
    R0.Id = 0;
    for (int R = 1; R <= 5; ++R)
      Active.reg(R) = RegState::notInit();
    E.Paths.widenImpreciseScalars(P, Active);
    E.Paths.pushBranch(P, std::move(Active), P.Pc + 1);
  }
  Iter->Iter.Drained = true;
  P.State.reg(0) = RegState::constant(0);
  P.State.reg(0).Origin = P.Pc;
}

//===- DynptrArgs.cpp - Dynptr arguments of helpers -----------------------===//
//
// The kernel's process_dynptr_func(), mark/unmark_stack_slots_dynptr() and
// destroy_if_dynptr_stack_slot() for the dynptr helpers: a dynptr argument
// points to two stack slots at a constant, 8-byte aligned offset; an
// uninitialised one is written and becomes a dynptr (a ring buffer one
// acquires a reference); an initialised one must be a dynptr of the
// expected type; a release argument must hold a reference.
//
//===----------------------------------------------------------------------===//
#include "Dynptrs.h"
#include "MemAccess.h"
#include "Messages.h"
#include "References.h"
#include "StateWalk.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;
using model::ArgType;

bool analysis::isDynptrArg(ArgType T) {
  return T == ArgType::PtrToDynptr || T == ArgType::PtrToUninitLocalDynptr ||
         T == ArgType::PtrToUninitRingbufDynptr ||
         T == ArgType::PtrToRingbufDynptr;
}

/// dynptr_get_spi(): the dynptr's first slot, or -1 with a message (or -2
/// without one, when the slots lie beyond the stack: -ERANGE).
static int dynptrSlot(TransferEnv &E, const VerifierState &S,
                      const RegState &R) {
  if (!R.Var.isConst()) {
    E.reject("dynptr has to be at a constant offset");
    return -1;
  }
  int64_t Off = R.Off + static_cast<int64_t>(R.Var.constValue());
  if (Off % 8 || Off >= 0 || (-Off - 1) / 8 < 1) {
    E.reject("cannot pass in dynptr at an offset=" + std::to_string(Off));
    return -1;
  }
  if (R.Frame >= S.Frames.size()) {
    E.unknown("stack pointer into a frame that returned");
    return -1;
  }
  int Spi = static_cast<int>((-Off - 1) / 8);
  return Spi < S.Frames[R.Frame].Stack.numSlots() ? Spi : -2;
}

/// is_dynptr_reg_valid_init(): the first of two dynptr slots.
static const StackSlot *initDynptr(const StackState &Stack, int Spi) {
  const StackSlot *First = Stack.slot(Spi), *Second = Stack.slot(Spi - 1);
  if (!First || !Second || !First->Dynptr.First)
    return nullptr;
  for (int B = 0; B < 8; ++B)
    if (First->Kind[B] != SlotKind::Dynptr ||
        Second->Kind[B] != SlotKind::Dynptr)
      return nullptr;
  return First;
}

/// Any slice of a dynptr not linked to its dynptr by id.
static bool anyUnlinkedSlice(VerifierState &S) {
  bool Found = false;
  forEachReg(
      S, [&](RegState &R) { Found |= (R.Flags & DynptrSlice) && !R.DynptrId; });
  return Found;
}

bool analysis::destroyDynptrForWrite(TransferEnv &E, VerifierState &S,
                                     StackState &Stack, int Slot) {
  const StackSlot *SS = Stack.slot(Slot);
  if (!SS || !SS->isDynptr())
    return true;
  int First = SS->Dynptr.First ? Slot : Slot + 1;
  if (Stack.slot(First)->Dynptr.Type == DynptrKind::Ringbuf)
    return E.reject("cannot overwrite referenced dynptr");
  if (anyUnlinkedSlice(S))
    return E.unknown("a dynptr with live slices is overwritten");
  // The dynptr's slices die with it (mark_reg_invalid()).
  uint32_t Id = Stack.slot(First)->Dynptr.Id;
  forEachReg(S, [&](RegState &R) {
    if ((R.Flags & DynptrSlice) && R.DynptrId == Id)
      R = E.privileged() ? RegState::unknownScalar() : RegState::notInit();
  });
  for (int I : {First, First - 1}) {
    StackSlot &W = Stack.slotForWrite(I);
    W.Kind.fill(SlotKind::Invalid);
    W.Dynptr = DynptrSlot();
    W.Spilled = RegState();
  }
  return true;
}

/// An uninitialised dynptr argument: written, then a dynptr of kind \p K
/// (a ring buffer one shares \p CloneRef, or acquires a reference).
static bool createDynptr(TransferEnv &E, Path &P, int Regno, DynptrKind K,
                         int Spi, uint32_t CloneRef = 0) {
  for (int I = 0; I < 16; I += 8)
    if (!checkMemAccess(E, P, MemAccess::store(Regno, I, 8, -1)))
      return false;
  const RegState &R = P.State.reg(Regno);
  StackState &Stack = P.State.Frames[R.Frame].Stack;
  if (Spi < 0)
    Spi = StackState::slotIndex(R.Off + static_cast<int>(R.Var.constValue()));
  DynptrSlot D;
  D.Type = K;
  D.Id = E.newId();
  if (K == DynptrKind::Ringbuf)
    D.RefObjId = CloneRef ? CloneRef : acquireReference(E, P.State, P.Pc);
  for (int I : {Spi, Spi - 1}) {
    StackSlot &W = Stack.slotForWrite(I);
    W.Kind.fill(SlotKind::Dynptr);
    W.Spilled = RegState();
    W.Dynptr = D;
    W.Dynptr.First = I == Spi;
  }
  return true;
}

bool analysis::checkDynptrArg(TransferEnv &E, Path &P,
                              const model::HelperProto &H, unsigned A,
                              CallFacts &Facts) {
  int Regno = static_cast<int>(A) + 1;
  ArgType T = H.Args[A];
  const RegState &R = P.State.reg(Regno);
  bool Release = H.ReleasesArg == static_cast<int>(A);
  bool Uninit = T == ArgType::PtrToUninitLocalDynptr ||
                T == ArgType::PtrToUninitRingbufDynptr;
  if (R.Type == RegType::ConstDynptr)
    return checkConstDynptrHelperArg(E, R, Regno, Uninit, Release, Facts);
  if (R.Type != RegType::Stack || R.maybeNull())
    return rejectTypeMismatch(E, Regno, R, "fp, dynptr_ptr");
  int Spi = dynptrSlot(E, P.State, R);
  if (Spi == -1)
    return false;
  const StackState &Stack = P.State.Frames[R.Frame].Stack;
  if (Release && (Spi < 0 || !Stack.slot(Spi)->Dynptr.RefObjId))
    return E.reject("arg " + std::to_string(Regno) +
                    " is an unacquired reference");
  if (Uninit) {
    DynptrKind K = T == ArgType::PtrToUninitLocalDynptr ? DynptrKind::Local
                                                        : DynptrKind::Ringbuf;
    if (!createDynptr(E, P, Regno, K, Spi))
      return false;
    if (H.Id == model::BPF_FUNC_dynptr_from_mem &&
        P.State.reg(1).Type != RegType::MapValue)
      return E.reject("Unsupported reg type " + P.State.reg(1).typeName() +
                      " for bpf_dynptr_from_mem data");
    return true;
  }
  const StackSlot *D = Spi < 0 ? nullptr : initDynptr(Stack, Spi);
  if (!D)
    return E.reject("Expected an initialized dynptr as arg #" +
                    std::to_string(Regno - 1));
  if (T == ArgType::PtrToRingbufDynptr && D->Dynptr.Type != DynptrKind::Ringbuf)
    return E.reject("Expected a dynptr of type ringbuf as arg #" +
                    std::to_string(Regno - 1));
  Facts.RefObjId = D->Dynptr.RefObjId;
  Facts.Dynptr = D->Dynptr.Type;
  Facts.DynptrId = D->Dynptr.Id;
  return true;
}

bool analysis::checkKfuncDynptrArg(TransferEnv &E, Path &P, int Regno,
                                   bool Uninit, DynptrKind Kind,
                                   uint32_t CloneRef,
                                   std::optional<DynptrSlot> &Found) {
  const RegState &R = P.State.reg(Regno);
  if (R.Type == RegType::ConstDynptr)
    return checkConstDynptrKfuncArg(E, R, Regno, Uninit, Found);
  if (R.Type != RegType::Stack || R.maybeNull())
    return E.reject("arg#" + std::to_string(Regno - 1) +
                    " expected pointer to stack or const struct bpf_dynptr");
  int Spi = dynptrSlot(E, P.State, R);
  if (Spi == -1)
    return false;
  if (Uninit)
    return createDynptr(E, P, Regno, Kind, Spi, CloneRef);
  const StackSlot *D =
      Spi < 0 ? nullptr : initDynptr(P.State.Frames[R.Frame].Stack, Spi);
  if (!D)
    return E.reject("Expected an initialized dynptr as arg #" +
                    std::to_string(Regno - 1));
  Found = D->Dynptr;
  return true;
}

void analysis::releaseDynptr(TransferEnv &E, Path &P, int Regno) {
  const RegState &R = P.State.reg(Regno);
  StackState &Stack = P.State.Frames[R.Frame].Stack;
  int Spi = StackState::slotIndex(R.Off + static_cast<int>(R.Var.constValue()));
  uint32_t Ref = Stack.slot(Spi)->Dynptr.RefObjId;
  releaseReference(E, P.State, Ref);
  // The dynptr and any copy of it sharing the reference.
  for (FrameState &F : P.State.Frames)
    for (int I = 0; I < F.Stack.numSlots(); ++I) {
      StackSlot &W = F.Stack.slotForWrite(I);
      if (W.isDynptr() && W.Dynptr.RefObjId == Ref) {
        W.Kind.fill(SlotKind::Invalid);
        W.Dynptr = DynptrSlot();
      }
    }
}

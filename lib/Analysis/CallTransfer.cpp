//===- CallTransfer.cpp - Calls to subprograms and returns ----------------===//
//
// A static subprogram is analysed at each call site in a new frame with the
// caller's R1-R5, as the kernel does; its exit returns R0 to the caller and
// leaves R1-R5 unreadable. Global subprograms are checked against their
// BTF prototype at the call and verified once on their own
// (GlobalFunctions.cpp); kfuncs are checked in KfuncCall.cpp.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "CriticalSections.h"
#include "DynptrKfuncs.h"
#include "KfuncCall.h"
#include "Locks.h"
#include "References.h"
#include "Subprograms.h"
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

Step analysis::transferCall(TransferEnv &E, Path &P, const bpf::Insn &I) {
  if (!checkCallUnderLock(E, P.State, I))
    return Step::Stop;
  if (I.isHelperCall())
    return transferHelperCall(E, P, I);
  if (I.isKfuncCall())
    return transferKfuncCall(E, P, I);
  const bpf::Function *Callee = E.Prog.findFunction(I.Ref.Name);
  int Start = E.Image.startOf(I.Ref.Name);
  if (!Callee || Start < 0)
    return E.unknown("call of '" + I.Ref.Name +
                     "', which is not in the object");
  if (Callee->IsGlobal)
    return callGlobalFunction(E, P, *Callee, Start);

  VerifierState &S = P.State;
  if (static_cast<int>(S.Frames.size()) >= MaxCallFrames)
    return E.reject("the call stack of " + std::to_string(S.Frames.size() + 1) +
                    " frames is too deep");
  FrameState Callee_;
  Callee_.Function = E.Image.pieceOf(Start);
  Callee_.CallSite = P.Pc;
  for (int R = 1; R <= 5; ++R)
    Callee_.Regs[R] = S.reg(R);
  Callee_.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  Callee_.Regs[FramePointer].Frame = static_cast<uint32_t>(S.Frames.size());
  for (int R = 0; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  S.Frames.push_back(std::move(Callee_));
  P.Pc = Start;
  return Step::Next;
}

Step analysis::transferExit(TransferEnv &E, Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  if (S.Frames.size() > 1 && S.cur().InCallback)
    return returnFromCallback(E, P);
  if (S.Frames.size() > 1) {
    // Older kernels want every lock released before any exit.
    if (!E.Profile.has(model::KernelFeature::StaticCallsUnderLock) &&
        !checkLockReleasedAtExit(E, S, /*MainProg=*/false))
      return Step::Stop;
    RegState R0 = S.reg(0);
    if (R0.Type == RegType::Stack && R0.Frame + 1 >= S.Frames.size())
      return E.reject("cannot return stack pointer to the caller");
    int Return = S.cur().CallSite + 1;
    if (!checkNoSliceBufferIn(E, S, S.Frames.size() - 1))
      return Step::Stop;
    S.Frames.pop_back();
    S.reg(0) = R0;
    for (int R = 1; R <= 5; ++R)
      S.reg(R) = RegState::notInit();
    P.Pc = Return;
    return Step::Next;
  }
  if (!checkLockReleasedAtExit(E, S, /*MainProg=*/true) ||
      !checkReferenceLeak(E, P))
    return Step::Stop;
  if (!checkSectionsClosedAtExit(E, S))
    return Step::Stop;
  return checkReturnValue(E, S, 0) ? Step::PathEnd : Step::Stop;
}

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

#include "verifiable/Model/ReturnRanges.h"

#include <climits>

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

bool analysis::checkR0Range(TransferEnv &E, const RegState &R0,
                            const char *Where, int64_t Min, int64_t Max,
                            const std::string &Why) {
  if (R0.Var.SMin >= Min && R0.Var.SMax <= Max)
    return true;
  // The kernel's verbose_invalid_scalar().
  std::string Has;
  if (R0.Var.SMin > INT64_MIN)
    Has += " smin=" + std::to_string(R0.Var.SMin);
  if (R0.Var.SMax < INT64_MAX)
    Has += " smax=" + std::to_string(R0.Var.SMax);
  if (Has.empty())
    Has = " unknown scalar value";
  E.note(R0.Origin, Why);
  return E.reject(std::string(Where) + " the register R0 has" + Has +
                  " should have been in [" + std::to_string(Min) + ", " +
                  std::to_string(Max) + "]");
}

Step analysis::transferExit(TransferEnv &E, Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  if (S.Frames.size() > 1 && S.cur().InCallback)
    return returnFromCallback(E, P);
  if (S.Frames.size() > 1) {
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
  if (!checkNoLockHeld(E, S, "BPF_EXIT instruction in main prog") ||
      !checkReferenceLeak(E, P))
    return Step::Stop;
  if (!checkNoCriticalSection(E, S, "BPF_EXIT instruction in main prog"))
    return Step::Stop;
  if (S.Frames[0].Function == 0 && hookDecidesReturn(E))
    return checkHookReturn(E, S) ? Step::PathEnd : Step::Stop;
  if (!checkRegRead(E, S, 0))
    return Step::Stop;
  if (S.Frames[0].AsyncCallback)
    return returnFromAsyncCallback(E, P);
  const RegState &R0 = S.reg(0);
  int Root = S.Frames[0].Function;
  if (Root != 0 && Root != E.Image.exceptionCallback()) {
    // The end of a global function verified on its own.
    if (!R0.isScalar())
      return E.reject("At subprogram exit the register R0 is not a scalar "
                      "value (" +
                      R0.typeName() + ")");
    return Step::PathEnd;
  }
  if (R0.isPointer() && !E.privileged())
    return E.reject("R0 leaks addr as return value");
  std::optional<model::RetRange> Range =
      model::expectedReturnRange(E.Section.Type, E.Section.Attach);
  if (Range) {
    if (!R0.isScalar())
      return E.reject("At program exit the register R0 is not a known value (" +
                      R0.typeName() + ")");
    if (!checkR0Range(E, R0, "At program exit", Range->Min, Range->Max,
                      "R0 gets its value here"))
      return Step::Stop;
  }
  return Step::PathEnd;
}

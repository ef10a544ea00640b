//===- CallTransfer.cpp - Calls to subprograms and returns ----------------===//
//
// A static subprogram is analysed at each call site in a new frame with the
// caller's R1-R5, as the kernel does; its exit returns R0 to the caller and
// leaves R1-R5 unreadable. Global subprograms (verified once, from their
// BTF signature) and kfuncs are not modelled yet and make the verdict
// unknown.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

#include "verifiable/Model/ReturnRanges.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;

bool Engine::doCall(Path &P, const bpf::Insn &I) {
  if (I.isHelperCall())
    return doHelperCall(P, I);
  if (I.isKfuncCall())
    return unknown("call of kfunc '" + I.Ref.Name + "' is not modelled yet");
  const bpf::Function *Callee = Prog.findFunction(I.Ref.Name);
  int Start = Image.startOf(I.Ref.Name);
  if (!Callee || Start < 0)
    return unknown("call of '" + I.Ref.Name + "', which is not in the object");
  if (Callee->IsGlobal)
    return callGlobalFunction(P, *Callee, Start);

  VerifierState &S = P.State;
  if (static_cast<int>(S.Frames.size()) >= MaxCallFrames)
    return reject("the call stack of " + std::to_string(S.Frames.size() + 1) +
                  " frames is too deep");
  FrameState Callee_;
  Callee_.Function = Image.pieceOf(Start);
  Callee_.CallSite = P.Pc;
  for (int R = 1; R <= 5; ++R)
    Callee_.Regs[R] = S.reg(R);
  Callee_.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  Callee_.Regs[FramePointer].Frame = static_cast<uint32_t>(S.Frames.size());
  for (int R = 0; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  S.Frames.push_back(std::move(Callee_));
  P.Pc = Start;
  return true;
}

bool Engine::checkR0Range(const RegState &R0, const char *Where, int64_t Min,
                          int64_t Max, const std::string &Why) {
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
  note(R0.Origin, Why);
  return reject(std::string(Where) + " the register R0 has" + Has +
                " should have been in [" + std::to_string(Min) + ", " +
                std::to_string(Max) + "]");
}

bool Engine::doExit(Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  if (S.Frames.size() > 1 && S.cur().InCallback)
    return returnFromCallback(P);
  if (S.Frames.size() > 1) {
    RegState R0 = S.reg(0);
    if (R0.Type == RegType::Stack && R0.Frame + 1 >= S.Frames.size())
      return reject("cannot return stack pointer to the caller");
    int Return = S.cur().CallSite + 1;
    S.Frames.pop_back();
    S.reg(0) = R0;
    for (int R = 1; R <= 5; ++R)
      S.reg(R) = RegState::notInit();
    P.Pc = Return;
    return true;
  }
  if (!checkReferenceLeak(P))
    return false;
  if (!checkRegRead(S, 0))
    return false;
  const RegState &R0 = S.reg(0);
  if (RootPiece != 0) {
    // The end of a global function verified on its own.
    if (!R0.isScalar())
      return reject("At subprogram exit the register R0 is not a scalar "
                    "value (" +
                    R0.typeName() + ")");
    finishPath(P.Parent);
    return false;
  }
  if (R0.isPointer() && !Opts.Privileged)
    return reject("R0 leaks addr as return value");
  std::optional<model::RetRange> Range =
      model::expectedReturnRange(Section->Type, Section->Attach);
  if (Range) {
    if (!R0.isScalar())
      return reject("At program exit the register R0 is not a known value (" +
                    R0.typeName() + ")");
    if (!checkR0Range(R0, "At program exit", Range->Min, Range->Max,
                      "R0 gets its value here"))
      return false;
  }
  finishPath(P.Parent);
  return false;
}

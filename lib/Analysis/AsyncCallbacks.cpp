//===- AsyncCallbacks.cpp - Callbacks the kernel runs later ---------------===//
//
// bpf_timer_set_callback() and bpf_wq_set_callback_impl() do not call their
// callback: the kernel runs it later, when the timer fires or the work item
// runs, on a stack of its own. So the verifier does
// not walk it as a loop over the helper call (Callbacks.cpp) but queues a
// separate path (push_async_cb()): the callback alone in frame 0, with R1 the
// map the timer lives in, R2 a key of that map and R3 a value of it
// (set_timer_callback_state()). Its exit is a program's exit for locks,
// references and critical sections, and it must return 0. The path is
// queued at every call reached, without a parent; the copies after the
// first are pruned at the callback's first prune point, so the callback is
// in effect verified once per map (also when it re-arms itself). A work
// item's callback is sleepable code, which 6.18 allows only in sleepable
// programs (Workqueues.cpp): it runs as sleepable as its program.
//
//===----------------------------------------------------------------------===//
#include "Explorer.h"
#include "StackDepth.h"
#include "Subprograms.h"
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::queuesAsyncCallback(const bpf::Insn &I) {
  if (I.isKfuncCall())
    return I.Ref.Name == "bpf_wq_set_callback_impl";
  return I.isHelperCall() && I.Imm == model::BPF_FUNC_timer_set_callback;
}

bool analysis::pushAsyncCallback(TransferEnv &E, Path &P, int Piece,
                                 const bpf::MapDef *Map) {
  if (!Map)
    return E.unknown("an async callback without a known map");
  if (Piece < 0 || Piece >= static_cast<int>(E.Image.pieces().size()))
    return E.unknown("the callback is not a function of the program");
  const ProgramImage::Piece &Pi = E.Image.pieces()[Piece];
  if (Pi.F->IsGlobal)
    return E.unknown("a global function as a callback is not modelled yet");
  E.Stack.noteAsyncCallback(Piece);
  VerifierState S;
  FrameState Callee;
  Callee.Function = Piece;
  Callee.CallSite = -1; // the kernel's BPF_MAIN_FUNC: prunes across calls
  Callee.AsyncCallback = true;
  Callee.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  Callee.Regs[1] = RegState::pointer(RegType::ConstMapPtr);
  Callee.Regs[2] = RegState::pointer(RegType::MapKey);
  Callee.Regs[3] = RegState::pointer(RegType::MapValue);
  for (int R = 1; R <= 3; ++R) {
    Callee.Regs[R].Map = Map;
    Callee.Regs[R].Origin = P.Pc;
  }
  S.Frames.push_back(std::move(Callee));
  // Without a parent, like the kernel's async state: the path that queued
  // it does not wait for it, so its checkpoints are finished (and prune)
  // when a callback that re-arms itself queues the next copy.
  Path Root;
  Root.Pc = P.Pc;
  E.Paths.pushBranch(Root, std::move(S), Pi.Start);
  return true;
}

//===- Callbacks.cpp - Subprograms called back by helpers -----------------===//
//
// bpf_loop(), bpf_for_each_map_elem(), bpf_find_vma() and
// bpf_user_ringbuf_drain() call a static function of the program any number
// of times (bpf_find_vma() at most once, but the kernel verifies them all
// alike). The kernel verifies that as a loop: at the helper call it queues
// the callback, entered in a new frame with the arguments the helper passes
// (the index and the caller's context for bpf_loop; the map, a key, a value
// and the context for map iteration; the task, its vm_area_struct and the
// context for bpf_find_vma; a read-only dynptr to the sample and the
// context for the user ring buffer), and continues after the call. When the
// callback returns (R0 must be 0 or 1) the path goes back to the helper call,
// which may call it again, until the state there repeats, and bpf_loop() at
// most as often as its iteration count allows (the caller's frame counts the
// iterations). Scalars the callback keeps changing in the caller's frames are
// widened so that this converges, except, for the first few iterations, those
// that still matter at the call (the kernel keeps its precise scalars): a
// counter that bounds an access stays exact. Our relevance over-approximates
// the kernel's precision, so later iterations widen everything, or a loop of
// 1000 iterations would be walked 1000 times.
//
// The exception callback that a decl tag on the entry names is verified on
// its own after the program, with the cookie in R1; like any callback it
// may not call bpf_throw (refused by the walk in StackDepth.cpp).
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "DynptrKfuncs.h"
#include "Dynptrs.h"
#include "Explorer.h"
#include "Precision.h"
#include "Relevance.h"
#include "StackDepth.h"
#include "Subprograms.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::callsBack(const bpf::Insn &I) {
  if (I.isKfuncCall())
    return I.Ref.Name == "bpf_rbtree_add_impl";
  if (!I.isHelperCall())
    return false;
  const model::HelperProto *H = model::findHelper(static_cast<unsigned>(I.Imm));
  return H && H->Modeled && H->Callback == model::CallbackKind::Sync;
}

bool analysis::pushCallback(TransferEnv &E, Path &P,
                            const model::HelperProto &H, int Piece,
                            const bpf::MapDef *Map) {
  if (H.Id == model::BPF_FUNC_timer_set_callback)
    return pushAsyncCallback(E, P, Piece, Map);
  const VerifierState &S = P.State;
  FrameState Callee;
  switch (H.Id) {
  case model::BPF_FUNC_loop:
    Callee.Regs[1] = RegState::unknownScalar(); // the iteration index
    Callee.Regs[2] = S.reg(3);                  // the caller's context
    // bpf_loop() calls it at most as often as its count says.
    return pushSyncCallback(E, P, Piece, std::move(Callee), S.reg(1).Var.UMax);
  case model::BPF_FUNC_find_vma: {
    const struct btf *B = targetBtf(E);
    uint32_t Vma = B ? model::btfFindStruct(B, "vm_area_struct") : 0;
    if (!Vma)
      return E.unknown("bpf_find_vma's callback without a target BTF that "
                       "has struct vm_area_struct");
    Callee.Regs[1] = S.reg(1); // the task
    Callee.Regs[2] = btfPointer(Vma, 0);
    Callee.Regs[3] = S.reg(4); // the caller's context
    break;
  }
  case model::BPF_FUNC_for_each_map_elem:
    if (!Map)
      return E.unknown("bpf_for_each_map_elem without a known map");
    Callee.Regs[1] = RegState::pointer(RegType::ConstMapPtr);
    Callee.Regs[1].Map = Map;
    Callee.Regs[2] = RegState::pointer(RegType::MapKey);
    Callee.Regs[2].Map = Map;
    Callee.Regs[3] = RegState::pointer(RegType::MapValue);
    Callee.Regs[3].Map = Map;
    Callee.Regs[4] = S.reg(3);
    break;
  case model::BPF_FUNC_user_ringbuf_drain:
    // set_user_ringbuf_callback_state(): the sample as a read-only dynptr.
    Callee.Regs[1] = constDynptr(E);
    Callee.Regs[2] = S.reg(3); // the caller's context
    break;
  default:
    return E.unknown("callbacks of bpf_" + std::string(H.Name) +
                     " are not modelled yet");
  }
  return pushSyncCallback(E, P, Piece, std::move(Callee));
}

bool analysis::pushSyncCallback(TransferEnv &E, Path &P, int Piece,
                                FrameState Callee, uint64_t MaxIterations) {
  if (Piece < 0 || Piece >= static_cast<int>(E.Image.pieces().size()))
    return E.unknown("the callback is not a function of the program");
  if (E.Image.pieces()[Piece].F->IsGlobal)
    return E.unknown("a global function as a callback is not modelled yet");
  E.Stack.noteCallback(Piece);
  // The path that goes on after the call starts counting anew.
  uint32_t Iterations = P.State.cur().CallbackIterations;
  P.State.cur().CallbackIterations = 0;
  if (Iterations >= MaxIterations)
    return true; // called as often as it may be
  VerifierState S = P.State;
  S.cur().CallbackIterations = Iterations + 1;
  if (static_cast<int>(S.Frames.size()) >= MaxCallFrames)
    return E.reject("the call stack of " + std::to_string(S.Frames.size() + 1) +
                    " frames is too deep");
  Callee.Function = Piece;
  Callee.CallSite = P.Pc;
  Callee.InCallback = true;
  Callee.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  Callee.Regs[FramePointer].Frame = static_cast<uint32_t>(S.Frames.size());
  for (int R = 1; R <= 5; ++R)
    if (Callee.Regs[R].isInit())
      Callee.Regs[R].Origin = P.Pc;
  S.Frames.push_back(std::move(Callee));
  ++S.CallbackDepth;
  E.Paths.pushBranch(P, std::move(S), E.Image.pieces()[Piece].Start);
  return true;
}

/// Callback iterations whose relevant scalars are kept exact.
static constexpr uint32_t ExactIterations = 8;

Step analysis::returnFromCallback(TransferEnv &E, Path &P) {
  VerifierState &S = P.State;
  const RegState &R0 = S.reg(0);
  if (!checkRegRead(E, S, 0))
    return Step::Stop;
  if (!R0.isScalar())
    return E.reject("R0 not a scalar value");
  if (!checkReturnRange(E, 0, R0, "At callback return", 0, 1,
                        "R0 gets its value here; a callback returns 0 (go on) "
                        "or 1 (stop)"))
    return Step::Stop;
  int CallSite = S.cur().CallSite;
  if (!checkNoSliceBufferIn(E, S, S.Frames.size() - 1))
    return Step::Stop;
  S.Frames.pop_back();
  // Back to the helper call, which may call the callback again. Widen
  // what the callback keeps changing, relative to the state the helper
  // call was first reached in on this path.
  // A bpf_loop() of a few iterations ends by its count: every iteration
  // keeps its exact values, as in the kernel, which widens nothing here.
  const bpf::Insn &Call = E.Image.insn(CallSite);
  bool FewIterations =
      Call.Imm == model::BPF_FUNC_loop && S.reg(1).Var.UMax <= ExactIterations;
  for (Checkpoint *C = P.Parent.get(); C && !FewIterations; C = C->Parent.get())
    if (C->Pc == CallSite && C->State.Frames.size() == S.Frames.size()) {
      // The innermost frame's relevant scalars stay exact for the first
      // iterations (the kernel keeps its precise ones).
      FrameSets Keep;
      if (S.cur().CallbackIterations <= ExactIterations)
        Keep.at(static_cast<int>(S.Frames.size()) - 1) =
            E.Relevant.at(CallSite);
      widenChangedScalars(C->State, S, Keep, /*CompareIds=*/true);
      break;
    }
  P.Pc = CallSite;
  return Step::Next;
}

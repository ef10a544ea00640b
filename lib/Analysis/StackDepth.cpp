//===- StackDepth.cpp - Stack limits over the static call graph -----------===//
//
// After every path is verified, the kernel walks the call graph once more
// (check_max_stack_depth): along each chain of calls from the entry, the
// frames' stack sizes (each function's deepest access, rounded up to 16
// bytes as with the JIT on) must add up to at most 512, the chain may not reach
// 8 frames (so recursion is refused even when every path ends), and a function
// that tail-calls may not sit under 256 bytes of callers' stack. Tracing
// programs may run large frames on a private stack instead. The stack
// sizes come from the accesses the exploration saw. The same walk refuses
// bpf_throw in a callback, or in anything a callback calls; it starts from
// the exception callback (the last function), then from the entry.
//
//===----------------------------------------------------------------------===//
#include "StackDepth.h"
#include "TransferEnv.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/KernelLimits.h"
#include "verifiable/Model/ProgTypes.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

using model::PrivateStackMinSize;
using model::TailCallStackLimit;

void StackUse::note(const VerifierState &S, const RegState &Ptr,
                    int64_t MinOff) {
  if (Ptr.Frame >= S.Frames.size() || MinOff >= 0)
    return;
  int Piece = S.Frames[Ptr.Frame].Function;
  if (Piece >= static_cast<int>(Depth.size()))
    Depth.resize(Piece + 1, 0);
  int Size = static_cast<int>((-MinOff + 7) / 8 * 8);
  Depth[Piece] = std::max(Depth[Piece], Size);
}

/// The kernel's round_up_stack_depth() with the JIT on: 16-byte granules.
static int roundedDepth(int Bytes) { return (Bytes + 15) / 16 * 16; }

int StackUse::depthOf(int Piece) const {
  return roundedDepth(Piece < static_cast<int>(Depth.size()) ? Depth[Piece]
                                                             : 0);
}

namespace {
/// One walk of the call graph from a root, as check_max_stack_depth()
/// walks it: depth-first over call instructions, with the frames' stack
/// sizes adding up along the chain.
class CallGraphWalk {
public:
  CallGraphWalk(TransferEnv &E, const StackUse &Use,
                const std::vector<bool> &Callbacks,
                const std::vector<bool> &AsyncCallbacks)
      : E(E), Image(E.Image), Pieces(E.Image.pieces()), Use(Use),
        Callbacks(Callbacks), AsyncCallbacks(AsyncCallbacks) {
    int N = static_cast<int>(Pieces.size());
    TailCalls.assign(N, false);
    bool AnyTailCall = false;
    for (int Piece = 0; Piece < N; ++Piece)
      for (int Pc = Pieces[Piece].Start; Pc < Image.endOf(Piece); ++Pc) {
        const bpf::Insn &I = Image.insn(Pc);
        if (!I.IsSecondHalf && I.isHelperCall() &&
            I.Imm == model::BPF_FUNC_tail_call) {
          TailCalls[Piece] = true;
          AnyTailCall = true;
        }
      }
    PrivateStack = !AnyTailCall &&
                   E.Profile.has(model::KernelFeature::PrivateStack) &&
                   model::mayUsePrivateStack(E.Section.Type);
  }

  /// Walks everything \p Root calls; \p FailedCall is the call where a
  /// limit was exceeded.
  bool walk(int Root, int &FailedCall);

private:
  struct Frame {
    int Piece;
    int Pc;
    int Depth; ///< Stack of the callers, this frame excluded.
    bool Private;
    /// Depth as if no frame had a private stack.
    int SharedDepth;
  };

  bool underCallback() const {
    for (const Frame &F : Chain)
      if (F.Piece < static_cast<int>(Callbacks.size()) && Callbacks[F.Piece])
        return true;
    return false;
  }
  bool enter(int Piece, int CallerDepth, int CallerSharedDepth);

  TransferEnv &E;
  const ProgramImage &Image;
  const std::vector<ProgramImage::Piece> &Pieces;
  const StackUse &Use;
  const std::vector<bool> &Callbacks;
  const std::vector<bool> &AsyncCallbacks;
  std::vector<bool> TailCalls;
  bool PrivateStack = false;
  std::vector<Frame> Chain;

public:
  /// A chain that fits only because of private stacks, if any.
  std::string NeedsPrivateStack;
};
} // namespace

bool CallGraphWalk::enter(int Piece, int CallerDepth, int CallerSharedDepth) {
  if (Piece && TailCalls[Piece] && CallerDepth >= TailCallStackLimit)
    return E.reject("tail_calls are not allowed when call stack of previous "
                    "frames is " +
                    std::to_string(CallerDepth) + " bytes. Too large");
  int Own = Use.depthOf(Piece);
  bool Private = PrivateStack && Own >= PrivateStackMinSize;
  if (Private && Own > MaxStackBytes)
    return E.reject("stack size of subprog " + std::to_string(Piece) + " is " +
                    std::to_string(Own) + ". Too large");
  int Total = CallerDepth + (Private ? 0 : Own);
  if (!Private && Total > MaxStackBytes)
    return E.reject("combined stack size of " +
                    std::to_string(Chain.size() + 1) + " calls is " +
                    std::to_string(Total) + ". Too large");
  int Shared = CallerSharedDepth + Own;
  if (Shared > MaxStackBytes && NeedsPrivateStack.empty())
    NeedsPrivateStack = "combined stack size of " +
                        std::to_string(Chain.size() + 1) + " calls is " +
                        std::to_string(Shared);
  Chain.push_back({Piece, Pieces[Piece].Start, Total, Private, Shared});
  return true;
}

bool CallGraphWalk::walk(int Root, int &FailedCall) {
  FailedCall = 0;
  if (!enter(Root, 0, 0))
    return false;
  while (!Chain.empty()) {
    Frame &F = Chain.back();
    if (F.Pc >= Image.endOf(F.Piece)) {
      Chain.pop_back();
      continue;
    }
    int Pc = F.Pc++;
    const bpf::Insn &I = Image.insn(Pc);
    if (I.isKfuncCall() && I.Ref.Name == "bpf_throw" && underCallback()) {
      FailedCall = Pc;
      return E.reject("bpf_throw kfunc (insn " + std::to_string(Pc) +
                      ") cannot be called from callback subprog " +
                      std::to_string(F.Piece));
    }
    bool CallsFunction =
        !I.IsSecondHalf &&
        (I.isSubprogCall() ||
         (I.isLdImm64() && I.Ref.K == bpf::SymbolRef::Subprog));
    int Start = CallsFunction ? Image.startOf(I.Ref.Name) : -1;
    if (Start < 0)
      continue;
    // An async callback runs on its own stack, a root of its own, unless
    // called directly.
    int Callee = Image.pieceOf(Start);
    if (I.isSubprogCall() && Callee == Image.exceptionCallback()) {
      FailedCall = Pc;
      return E.reject("insn " + std::to_string(Pc) +
                      " cannot call exception cb directly");
    }
    if (!I.isSubprogCall() &&
        Callee < static_cast<int>(AsyncCallbacks.size()) &&
        AsyncCallbacks[Callee])
      continue;
    FailedCall = Pc;
    if (Chain.size() >= static_cast<size_t>(MaxCallFrames))
      return E.reject("the call stack of " + std::to_string(Chain.size()) +
                      " frames is too deep !");
    if (!enter(Image.pieceOf(Start), F.Depth, F.SharedDepth))
      return false;
  }
  return true;
}

void StackUse::noteAsyncCallback(int Piece) {
  noteCallback(Piece);
  if (Piece >= static_cast<int>(AsyncCallbacks.size()))
    AsyncCallbacks.resize(Piece + 1, false);
  AsyncCallbacks[Piece] = true;
}

void StackUse::noteCallback(int Piece) {
  if (Piece >= static_cast<int>(Callbacks.size()))
    Callbacks.resize(Piece + 1, false);
  Callbacks[Piece] = true;
}

bool StackUse::checkCallGraph(TransferEnv &E) {
  CallGraphWalk Walk(E, *this, Callbacks, AsyncCallbacks);
  // The kernel walks from the exception callback (the last function) first,
  // then from each async callback, last function first, then the entry.
  int ExceptionCallback = E.Image.exceptionCallback();
  if (ExceptionCallback >= 0 && !Walk.walk(ExceptionCallback, FailedCall))
    return false;
  for (int Piece = static_cast<int>(AsyncCallbacks.size()) - 1; Piece > 0;
       --Piece)
    if (AsyncCallbacks[Piece] && Piece != ExceptionCallback &&
        !Walk.walk(Piece, FailedCall))
      return false;
  if (!Walk.walk(0, FailedCall))
    return false;
  // Whether the JIT gives a program a private stack is the machine's
  // choice (x86-64 and arm64 JITs from 6.13 on); a 6.18 kernel here has
  // been seen both ways for the same program.
  if (!Walk.NeedsPrivateStack.empty())
    return E.unknown(Walk.NeedsPrivateStack +
                     " bytes: it fits only if the kernel's JIT gives the "
                     "program a private stack, which the engine cannot tell");
  return true;
}

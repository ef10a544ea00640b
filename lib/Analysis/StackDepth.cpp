//===- StackDepth.cpp - Stack limits over the static call graph -----------===//
//
// After every path is verified, the kernel walks the call graph once more
// (check_max_stack_depth): along each chain of calls from the entry, the
// frames' stack sizes (each function's deepest access, rounded up to 32
// bytes) must add up to at most 512, the chain may not reach 8 frames (so
// recursion is refused even when every path ends), and a function that
// tail-calls may not sit under 256 bytes of callers' stack. Tracing
// programs may run large frames on a private stack instead. The stack
// sizes come from the accesses the exploration saw.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

#include "verifiable/Model/Helpers.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

namespace {
constexpr int PrivateStackMinSize = 64; // BPF_PRIV_STACK_MIN_SIZE
constexpr int TailCallStackLimit = 256;
} // namespace

void Engine::noteStackUse(const VerifierState &S, const RegState &Ptr,
                          int64_t MinOff) {
  if (Ptr.Frame >= S.Frames.size() || MinOff >= 0)
    return;
  int Piece = S.Frames[Ptr.Frame].Function;
  if (Piece >= static_cast<int>(StackDepth.size()))
    StackDepth.resize(Piece + 1, 0);
  int Size = static_cast<int>((-MinOff + 7) / 8 * 8);
  StackDepth[Piece] = std::max(StackDepth[Piece], Size);
}

/// The kernel's round_up_stack_depth() with the JIT on: 16-byte granules.
static int roundedDepth(int Depth) { return (Depth + 15) / 16 * 16; }

bool Engine::checkCallGraphStack() {
  const std::vector<ProgramImage::Piece> &Pieces = Image.pieces();
  int N = static_cast<int>(Pieces.size());
  auto End = [&](int Piece) {
    return Piece + 1 < N ? Pieces[Piece + 1].Start : Image.size();
  };
  std::vector<bool> TailCalls(N, false);
  bool AnyTailCall = false;
  for (int Piece = 0; Piece < N; ++Piece)
    for (int Pc = Pieces[Piece].Start; Pc < End(Piece); ++Pc) {
      const bpf::Insn &I = Image.insn(Pc);
      if (!I.IsSecondHalf && I.isHelperCall() &&
          I.Imm == model::BPF_FUNC_tail_call) {
        TailCalls[Piece] = true;
        AnyTailCall = true;
      }
    }
  bool PrivateStack = !AnyTailCall && model::mayUsePrivateStack(Section->Type);
  auto DepthOf = [&](int Piece) {
    int D = Piece < static_cast<int>(StackDepth.size()) ? StackDepth[Piece] : 0;
    return roundedDepth(D);
  };

  // Depth-first over call instructions, as the kernel walks them.
  struct Frame {
    int Piece;
    int Pc;
    int Depth; ///< Stack of the callers, this frame excluded.
    bool Private;
  };
  std::vector<Frame> Chain;
  auto Enter = [&](int Piece, int CallerDepth) -> bool {
    if (Piece && TailCalls[Piece] && CallerDepth >= TailCallStackLimit)
      return reject("tail_calls are not allowed when call stack of previous "
                    "frames is " +
                    std::to_string(CallerDepth) + " bytes. Too large");
    int Own = DepthOf(Piece);
    bool Private = PrivateStack && Own >= PrivateStackMinSize;
    if (Private && Own > MaxStackBytes)
      return reject("stack size of subprog " + std::to_string(Piece) + " is " +
                    std::to_string(Own) + ". Too large");
    int Depth = CallerDepth + (Private ? 0 : Own);
    if (!Private && Depth > MaxStackBytes)
      return reject("combined stack size of " +
                    std::to_string(Chain.size() + 1) + " calls is " +
                    std::to_string(Depth) + ". Too large");
    Chain.push_back({Piece, Pieces[Piece].Start, Depth, Private});
    return true;
  };
  FailedCall = 0;
  if (!Enter(0, 0))
    return false;
  while (!Chain.empty()) {
    Frame &F = Chain.back();
    if (F.Pc >= End(F.Piece)) {
      Chain.pop_back();
      continue;
    }
    const bpf::Insn &I = Image.insn(F.Pc++);
    bool CallsFunction =
        !I.IsSecondHalf &&
        (I.isSubprogCall() ||
         (I.isLdImm64() && I.Ref.K == bpf::SymbolRef::Subprog));
    if (!CallsFunction)
      continue;
    int Start = Image.startOf(I.Ref.Name);
    if (Start < 0)
      continue;
    int Callee = Image.pieceOf(Start);
    FailedCall = F.Pc - 1;
    if (Chain.size() >= static_cast<size_t>(MaxCallFrames))
      return reject("the call stack of " + std::to_string(Chain.size()) +
                    " frames is too deep !");
    int CallerDepth = F.Depth;
    if (!Enter(Callee, CallerDepth))
      return false;
  }
  return true;
}

//===- StackDepth.cpp - Stack limits over the static call graph -----------===//
//
// After every path is verified, the kernel walks the call graph once more
// (check_max_stack_depth): along each chain of calls from the entry, the
// frames' stack sizes (each function's deepest access, rounded up to 16
// bytes as with the JIT on) must add up to at most 512, the chain may not reach
// 8 frames (so recursion is refused even when every path ends), and a function
// that tail-calls may not sit under 256 bytes of callers' stack. Tracing
// programs may run large frames on a private stack instead. The stack
// sizes come from the accesses the exploration saw.
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

bool StackUse::checkCallGraph(TransferEnv &E) {
  const ProgramImage &Image = E.Image;
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
  bool PrivateStack = !AnyTailCall && model::mayUsePrivateStack(E.Section.Type);

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
      return E.reject("tail_calls are not allowed when call stack of previous "
                      "frames is " +
                      std::to_string(CallerDepth) + " bytes. Too large");
    int Own = depthOf(Piece);
    bool Private = PrivateStack && Own >= PrivateStackMinSize;
    if (Private && Own > MaxStackBytes)
      return E.reject("stack size of subprog " + std::to_string(Piece) +
                      " is " + std::to_string(Own) + ". Too large");
    int Total = CallerDepth + (Private ? 0 : Own);
    if (!Private && Total > MaxStackBytes)
      return E.reject("combined stack size of " +
                      std::to_string(Chain.size() + 1) + " calls is " +
                      std::to_string(Total) + ". Too large");
    Chain.push_back({Piece, Pieces[Piece].Start, Total, Private});
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
      return E.reject("the call stack of " + std::to_string(Chain.size()) +
                      " frames is too deep !");
    int CallerDepth = F.Depth;
    if (!Enter(Callee, CallerDepth))
      return false;
  }
  return true;
}

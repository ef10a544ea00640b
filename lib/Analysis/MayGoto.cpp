//===- MayGoto.cpp - may_goto, the loop exit the kernel schedules ---------===//
//
// `may_goto +off` (BPF_JMP | BPF_JCOND, what libbpf's can_loop and
// cond_break expand to) jumps when the program's loop budget runs out,
// which the verifier cannot know: it verifies the jump first and queues the
// fall-through, one iteration deeper. At a may_goto instruction a state
// covered by one from another iteration, still being explored or not, ends
// the path (Explorer::visitPrunePoint), so loops converge without bounds.
//
//===----------------------------------------------------------------------===//
#include "Explorer.h"
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

/// BPF_MAY_GOTO: the one BPF_JCOND kind, in the source register field.
static constexpr uint8_t MayGotoSrc = 0;

Step analysis::transferMayGoto(TransferEnv &E, Path &P, const bpf::Insn &I) {
  if (I.cls() != bpf::BPF_JMP || I.Src != MayGotoSrc || I.Dst || I.Imm)
    return E.reject("invalid may_goto imm " + std::to_string(I.Imm));
  VerifierState Continue = P.State;
  ++Continue.MayGotoDepth;
  E.Paths.pushBranch(P, std::move(Continue), P.Pc + 1);
  P.Pc = I.jumpTarget(P.Pc);
  return Step::Next;
}

//===- LegacyPacketLoad.cpp - BPF_LD_ABS and BPF_LD_IND -------------------===//
//
// The classic-BPF packet loads (`r0 = *(u8 *)skb[off]`) survive in socket
// filters and tc programs. They read the packet through the context in R6
// and end the program when the offset is out of bounds, so the verifier
// checks only that R6 is the unmodified context, that no reference is held
// (the program may end right there), and leaves R0 an unknown number and
// R1-R5 unreadable (the kernel's check_ld_abs()). In a subprogram the
// failed load returns 0 to the caller (bpf_gen_ld_abs()'s hidden exit), so
// the caller is verified with that return too.
//
//===----------------------------------------------------------------------===//
#include "CriticalSections.h"
#include "Explorer.h"
#include "Locks.h"
#include "References.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Model/PacketAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

Step analysis::transferLegacyPacketLoad(TransferEnv &E, Path &P,
                                        const bpf::Insn &I) {
  VerifierState &S = P.State;
  constexpr int CtxReg = 6;
  if (!model::mayUseLegacyPacketLoads(E.Section.Type))
    return E.reject(
        "BPF_LD_[ABS|IND] instructions not allowed for this program "
        "type");
  for (const FrameState &F : S.Frames)
    if (F.InCallback)
      return E.reject("cannot use BPF_LD_[ABS|IND] within callback");
  bool Abs = I.mode() == bpf::BPF_ABS;
  if (I.Dst != 0 || I.Off != 0 || I.size() == bpf::BPF_DW ||
      (Abs && I.Src != 0))
    return E.reject("BPF_LD_[ABS|IND] uses reserved fields");
  if (!checkRegRead(E, S, CtxReg))
    return Step::Stop;
  if (!checkNoLockHeld(E, S, "BPF_LD_[ABS|IND]"))
    return Step::Stop;
  if (!checkReferenceLeak(E, P))
    return Step::Stop; // "BPF_LD_[ABS|IND] cannot be mixed with socket
                       // references"
  if (!checkNoCriticalSection(E, S, "BPF_LD_[ABS|IND]"))
    return Step::Stop;
  const RegState &Ctx = S.reg(CtxReg);
  if (Ctx.Type != RegType::Ctx)
    return E.reject("at the time of BPF_LD_ABS|IND R6 != pointer to skb");
  if (!Abs && !checkRegRead(E, S, I.Src))
    return Step::Stop;
  if (Ctx.Off)
    return E.reject("dereference of modified ctx ptr R6 off=" +
                    std::to_string(Ctx.Off) + " disallowed");
  returnUnknownScalar(P);
  if (S.Frames.size() == 1)
    return Step::Next;
  E.Paths.pushBranch(P, S, P.Pc);
  S.reg(0) = RegState::constant(0);
  return transferExit(E, P, I);
}

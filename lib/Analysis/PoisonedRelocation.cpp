//===- PoisonedRelocation.cpp - A call libbpf made of a failed CO-RE ------===//
//
// libbpf turns an instruction whose CO-RE relocation it cannot resolve into
// a call of helper 195896080 (0xbad2310). The kernel refuses the call when
// a path reaches it, with "invalid func unknown#195896080", and libbpf
// rewrites that line of the log into "failed to resolve CO-RE relocation
// <spec>": the message users see, so it is the finding's message, and the
// kernel's own line is a note.
//
//===----------------------------------------------------------------------===//
#include "Locks.h"
#include "Transfer.h"
#include "TransferEnv.h"

#include "verifiable/Model/CoreRelocation.h"

using namespace verifiable;
using namespace verifiable::analysis;

Step analysis::transferPoisonedCall(TransferEnv &E, Path &P,
                                    const bpf::Insn &I) {
  // A call under a lock is refused before its helper is looked at.
  if (!checkCallUnderLock(E, P.State, I))
    return Step::Stop;
  std::string Kernel =
      "invalid func unknown#" + std::to_string(model::CorePoisonHelperId);
  std::string Libbpf;
  if (I.Ref.K == bpf::SymbolRef::PoisonedRelocation && I.Ref.Offset >= 0 &&
      static_cast<size_t>(I.Ref.Offset) < E.Prog.PoisonedRelocations.size())
    Libbpf = E.Prog.PoisonedRelocations[I.Ref.Offset].Message;
  if (Libbpf.empty()) {
    E.note(P.Pc, "libbpf poisoned this instruction: its CO-RE relocation "
                 "has no match in the target kernel's BTF");
    return E.reject(Kernel);
  }
  E.note(P.Pc, "libbpf poisoned this instruction, which its CO-RE "
               "relocation has no match for in the target kernel's BTF; the "
               "kernel's own message is '" +
                   Kernel + "', which libbpf rewrites");
  return E.reject(Libbpf);
}

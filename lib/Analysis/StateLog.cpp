//===- StateLog.cpp - Per-instruction state dump --------------------------===//
//
// -verifiable-log=FILE: every processed instruction with its source line and
// the registers it starts from, like the kernel's log level 2, so that a
// disagreement with the kernel can be read side by side with its log.
//
//===----------------------------------------------------------------------===//
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

void analysis::logState(TransferEnv &E, const Path &P, const bpf::Insn &I) {
  std::ostream &OS = *E.Opts.StateLog;
  if (I.Loc.isValid())
    OS << "; " << I.Loc.str() << "\n";
  OS << P.Pc << ": (" << std::hex << static_cast<unsigned>(I.Opcode) << std::dec
     << ") " << I.str() << "\t;";
  const VerifierState &S = P.State;
  if (S.Frames.size() > 1)
    OS << " frame" << S.Frames.size() - 1 << ":";
  for (int R = 0; R < NumRegs; ++R)
    if (S.reg(R).isInit())
      OS << " R" << R << "=" << S.reg(R).str();
  const StackState &Stack = S.cur().Stack;
  for (int Slot = 0; Slot < Stack.numSlots(); ++Slot) {
    const StackSlot &SS = *Stack.slot(Slot);
    if (SS.isSpill()) {
      OS << " fp-" << (Slot + 1) * 8 << "=" << SS.Spilled.str();
      continue;
    }
    std::string Kinds;
    for (int B = 7; B >= 0; --B)
      Kinds += "?mzr"[static_cast<int>(SS.Kind[B])];
    if (Kinds != "????????")
      OS << " fp-" << (Slot + 1) * 8 << "=" << Kinds;
  }
  OS << "\n";
}

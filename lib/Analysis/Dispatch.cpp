//===- Dispatch.cpp - From an instruction to its transfer function --------===//
//
// The one place that knows every instruction family: classifyInsn() decodes
// an instruction's family once (ProgramImage stores it), transfer() sends
// each step to the family's function. A new family is one enumerator, one
// case here and one file.
//
//===----------------------------------------------------------------------===//
#include "InsnFamily.h"
#include "Transfer.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

InsnFamily analysis::classifyInsn(const bpf::Insn &I) {
  if (I.IsSecondHalf)
    return InsnFamily::SecondHalf;
  if (I.isAlu())
    return InsnFamily::Alu;
  if (I.isLdImm64())
    return InsnFamily::LdImm64;
  switch (I.cls()) {
  case bpf::BPF_LDX:
  case bpf::BPF_ST:
  case bpf::BPF_STX:
    return I.mode() == bpf::BPF_ATOMIC ? InsnFamily::Atomic
                                       : InsnFamily::LoadStore;
  case bpf::BPF_LD:
    return I.mode() == bpf::BPF_ABS || I.mode() == bpf::BPF_IND
               ? InsnFamily::LegacyPacketLoad
               : InsnFamily::Unsupported;
  default:
    break;
  }
  if (I.isCall())
    return InsnFamily::Call;
  if (I.isExit())
    return InsnFamily::Exit;
  if (I.isUncondJmp())
    return InsnFamily::Jump;
  if (I.isCondJmp())
    return I.op() == bpf::BPF_JCOND ? InsnFamily::MayGoto
                                    : InsnFamily::CondJump;
  return InsnFamily::Unsupported;
}

Step analysis::transfer(TransferEnv &E, Path &P, const bpf::Insn &I) {
  switch (E.Image.family(P.Pc)) {
  case InsnFamily::Alu:
    return transferAlu(E, P, I);
  case InsnFamily::LdImm64:
    return transferLdImm64(E, P, I);
  case InsnFamily::LoadStore:
    return transferLoadStore(E, P, I);
  case InsnFamily::Atomic:
    return transferAtomic(E, P, I);
  case InsnFamily::LegacyPacketLoad:
    return transferLegacyPacketLoad(E, P, I);
  case InsnFamily::Call:
    return transferCall(E, P, I);
  case InsnFamily::Exit:
    return transferExit(E, P, I);
  case InsnFamily::Jump:
    P.Pc = I.jumpTarget(P.Pc);
    return Step::Next;
  case InsnFamily::CondJump:
    return transferBranch(E, P, I);
  case InsnFamily::MayGoto:
    return transferMayGoto(E, P, I);
  case InsnFamily::SecondHalf:
    return E.reject("invalid insn idx " + std::to_string(P.Pc));
  case InsnFamily::Unsupported:
    break;
  }
  if (I.cls() == bpf::BPF_LD)
    return E.unknown("BPF_LD instruction with opcode " +
                     std::to_string(I.Opcode) + " is not modelled");
  return E.unknown("instruction with opcode " + std::to_string(I.Opcode) +
                   " is not modelled");
}

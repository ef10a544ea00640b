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

#include "verifiable/Model/CoreRelocation.h"

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
  if (I.isHelperCall() && I.Imm == model::CorePoisonHelperId)
    return InsnFamily::PoisonedCall;
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

/// Whether \p I reads a register that holds a kernel struct pointer.
static bool readsBtfPointer(const VerifierState &S, const bpf::Insn &I) {
  auto IsBtf = [&S](int R) { return S.reg(R).Type == RegType::BtfId; };
  if (I.isCall())
    return IsBtf(1) || IsBtf(2) || IsBtf(3) || IsBtf(4) || IsBtf(5);
  if (I.isExit())
    return IsBtf(0);
  return (I.Dst < 11 && IsBtf(I.Dst)) || (I.Src < 11 && IsBtf(I.Src));
}

Step analysis::transfer(TransferEnv &E, Path &P, const bpf::Insn &I) {
  // Kernels before 6.2 had one kind of BTF pointer, with other rules.
  if (!E.Profile.has(model::KernelFeature::TrustedBtfPointers) &&
      readsBtfPointer(P.State, I))
    return E.unknown("kernel struct pointers are not modelled for kernels "
                     "before 6.2 (no trusted pointers)");
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
  case InsnFamily::PoisonedCall:
    return transferPoisonedCall(E, P, I);
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

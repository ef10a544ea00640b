//===- InlineAsm.h - Inline assembly to BPF MCInsts ------------*- C++ -*-===//
//
// BPF code uses inline assembly on purpose: compiler barriers (libbpf's
// barrier_var), compares the optimizer must not rewrite (bpf_cmp_likely),
// size clamps written so the verifier sees the bound, whole __naked
// functions. The kernel only ever sees the instructions such a statement
// assembles to, so the MIR front-end assembles it too: the operands the
// register allocator chose are substituted into the string, and the BPF
// target's own assembly parser (the one llvm-mc -triple=bpf uses) turns the
// text into MCInsts. Whatever it cannot assemble or substitute is reported
// as a problem, never guessed.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_FRONTEND_MIR_INLINEASM_H
#define VERIFIABLE_LIB_FRONTEND_MIR_INLINEASM_H

#include "llvm/MC/MCInst.h"

#include <cstdint>
#include <string>
#include <vector>

namespace llvm {
class GlobalValue;
class MachineBasicBlock;
class MachineInstr;
class TargetMachine;
} // namespace llvm

namespace verifiable {

/// One instruction of an asm statement. Symbolic operands (labels, globals)
/// are zero in Inst, so the encoder creates no fixups; what they named is
/// kept beside it.
struct AsmInstruction {
  llvm::MCInst Inst;
  /// When non-empty, the instruction was written as data: its encoding (8
  /// bytes, 16 for a ld_imm64), and Inst is empty.
  std::string Raw;
  /// An asm goto label: the jump targets this block of the function.
  const llvm::MachineBasicBlock *TargetBlock = nullptr;
  /// A label defined in the statement itself: the index of the instruction
  /// it precedes (the instruction count when it ends the statement).
  int TargetIndex = -1;
  /// A global the instruction names (`r1 = %[map] ll`, `call subprog`).
  const llvm::GlobalValue *Global = nullptr;
  int64_t Addend = 0;
};

/// What one INLINEASM / INLINEASM_BR MachineInstr assembles to.
struct AssembledAsm {
  std::vector<AsmInstruction> Insns;
  /// Non-empty when the statement could not be assembled faithfully; says
  /// which statement and why.
  std::string Problem;
};

/// "inline assembly at FILE:LINE 'TEXT'": how remarks name the statement.
std::string describeInlineAsm(const llvm::MachineInstr &MI);

/// Assembles \p MI, an inline asm MachineInstr of the final code.
AssembledAsm assembleInlineAsm(const llvm::MachineInstr &MI,
                               const llvm::TargetMachine &TM);

} // namespace verifiable

#endif

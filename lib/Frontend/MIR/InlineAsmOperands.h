//===- InlineAsmOperands.h - Operands into an asm string -------*- C++ -*-===//
//
// An inline asm MachineInstr keeps its string as written (clang turned
// `%0`, `%[name]` and `%l[label]` into `$0`, `${1}`, `${2:l}`), and its
// operands in groups, each led by an llvm::InlineAsm::Flag. Before the BPF
// assembly parser can read the statement, the operands the register
// allocator and the optimizer chose must be put in: registers as `rN`/`wN`,
// immediates as numbers, globals by name and asm goto labels as names that
// stand for machine basic blocks. This is the front-end's version of what
// the AsmPrinter does when it prints the statement.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_FRONTEND_MIR_INLINEASMOPERANDS_H
#define VERIFIABLE_LIB_FRONTEND_MIR_INLINEASMOPERANDS_H

#include <map>
#include <string>

namespace llvm {
class MachineBasicBlock;
class MachineInstr;
class MCRegisterInfo;
} // namespace llvm

namespace verifiable {

struct SubstitutedAsm {
  /// The statement's text with every operand reference replaced.
  std::string Text;
  /// The names given to asm goto labels, and the blocks they stand for.
  std::map<std::string, const llvm::MachineBasicBlock *> Blocks;
  /// Non-empty when an operand could not be substituted; says why.
  std::string Problem;
};

SubstitutedAsm substituteAsmOperands(const llvm::MachineInstr &MI,
                                     const llvm::MCRegisterInfo &MRI);

} // namespace verifiable

#endif

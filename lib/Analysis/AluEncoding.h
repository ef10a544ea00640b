//===- AluEncoding.h - ALU instructions the kernel refuses as encoded -----===//
//
// The assembler spells instructions the kernel refuses before it looks at
// any register: reserved fields set, an opcode that does not exist, a
// division by the constant 0, a shift by the width or more. Hand-written
// assembly reaches them; the compiler does not.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_ALUENCODING_H
#define VERIFIABLE_LIB_ANALYSIS_ALUENCODING_H

#include "verifiable/Program/Insn.h"

#include <string>

namespace verifiable {
namespace analysis {

/// The kernel's message for an ALU instruction whose fields it refuses
/// before reading its registers (check_alu_op()), or empty. \p Cpuv4: the
/// kernel knows the -mcpu=v4 forms (signed division, sign-extending moves).
std::string aluEncodingProblem(const bpf::Insn &I, bool Cpuv4 = true);

/// The kernel's message for an immediate operand it refuses once the
/// registers were read (division by 0, shift out of range), or empty.
std::string aluImmediateProblem(const bpf::Insn &I);

} // namespace analysis
} // namespace verifiable

#endif

//===- InsnFamily.h - Which transfer function an instruction needs -*- C++
//-*-===//
//
// Internal to lib/Analysis. Decoded once per instruction when the program
// image is laid out (ProgramImage), so that dispatching does not re-decode
// opcode bits at every step.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_INSNFAMILY_H
#define VERIFIABLE_LIB_ANALYSIS_INSNFAMILY_H

#include "verifiable/Program/Insn.h"

#include <cstdint>

namespace verifiable {
namespace analysis {

enum class InsnFamily : uint8_t {
  Alu,              ///< ALU and ALU64, moves included.
  LdImm64,          ///< The first half of a 16-byte load of a constant.
  LoadStore,        ///< LDX, ST, STX in MEM and MEMSX modes.
  Atomic,           ///< STX in ATOMIC mode.
  LegacyPacketLoad, ///< BPF_LD ABS and IND.
  Call,             ///< Helper, kfunc and subprogram calls.
  /// A call libbpf made of a CO-RE relocation it could not resolve.
  PoisonedCall,
  Exit,
  Jump,       ///< Unconditional jumps (JA, gotol).
  CondJump,   ///< Conditional jumps, 64- and 32-bit.
  MayGoto,    ///< may_goto (BPF_JCOND): a loop's exit when its budget ends.
  SecondHalf, ///< The second half of an LdImm64: never executed.
  Unsupported,
};

InsnFamily classifyInsn(const bpf::Insn &I);

} // namespace analysis
} // namespace verifiable

#endif

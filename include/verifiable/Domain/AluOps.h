//===- AluOps.h - Scalar results of BPF ALU instructions ------------------===//
//
// What the Linux verifier knows about the destination of a BPF ALU
// instruction on scalars (adjust_scalar_min_max_vals and the mov, neg and
// byte-swap paths of check_alu_op). The engine decodes the instruction and
// asks here for the resulting Scalar.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_DOMAIN_ALUOPS_H
#define VERIFIABLE_DOMAIN_ALUOPS_H

#include "verifiable/Domain/Scalar.h"

namespace verifiable {
namespace domain {

/// BPF ALU operations. SDiv/SMod are BPF_DIV/BPF_MOD with off=1. MovSx8/16/32
/// are BPF_MOV with off=8/16/32. ToLE/ToBE are BPF_END in the ALU class (on a
/// little-endian target), Bswap is BPF_END in the ALU64 class.
enum class AluOp {
  Add,
  Sub,
  Mul,
  Div,
  SDiv,
  Mod,
  SMod,
  Or,
  And,
  Lsh,
  Rsh,
  Arsh,
  Xor,
  Mov,
  MovSx8,
  MovSx16,
  MovSx32,
  Neg,
  ToLE16,
  ToLE32,
  ToLE64,
  ToBE16,
  ToBE32,
  ToBE64,
  Bswap16,
  Bswap32,
  Bswap64
};

/// The mnemonic of Op ("add", "movsx16", "be32", ...), for logs and tests.
const char *aluOpName(AluOp Op);

/// The destination after Dst = Dst <op> Src on 64-bit (Is64) or 32-bit
/// registers, as the kernel computes it; 32-bit results are zero-extended.
/// Src is ignored by Neg and the byte swaps; Mov and MovSx read only Src. An
/// immediate operand is passed as Scalar::constant of the imm sign-extended
/// to 64 bits (the kernel's fake source register); 32-bit operations read
/// only the low 32 bits of Src, so a zero-extended imm gives the same. Is64 is
/// ignored by the byte swaps (their width is in the operation).
///
/// Like the kernel, the result is fully unknown (all 64 bits) for div and
/// mod, and for shifts unless Src is a constant below the width. Those cases
/// are runtime-sound for BPF semantics (x/0 = 0, x%0 = x, shift amounts
/// masked).
Scalar applyAlu(AluOp Op, bool Is64, const Scalar &Dst, const Scalar &Src);

} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_DOMAIN_ALUOPS_H

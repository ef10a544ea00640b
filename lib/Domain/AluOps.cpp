//===- AluOps.cpp - Dispatch of BPF ALU instructions on scalars -----------===//
//
// Sequences the per-operation rules (AluBounds.h) the way the kernel's
// adjust_scalar_min_max_vals does: decide whether the result is tracked at
// all, update the 32-bit and 64-bit ranges and the tnum, zero-extend 32-bit
// results, sync. Moves, negation and byte swaps take the kernel's own paths.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/AluOps.h"

#include "AluBounds.h"
#include "ScalarInternals.h"

namespace verifiable {
namespace domain {

using namespace detail;

namespace {

/// Shifts are tracked only by a constant amount below the width. The kernel
/// checks the amount's 64-bit maximum even for 32-bit shifts.
bool isTrackedShift(bool Is64, const Scalar &Src) {
  bool Const =
      Is64 ? Src.Var.isConst() && Src.SMin == Src.SMax && Src.UMin == Src.UMax
           : Src.Var.isSubregConst() && Src.S32Min == Src.S32Max &&
                 Src.U32Min == Src.U32Max;
  return Const && Src.UMax < (Is64 ? 64u : 32u);
}

/// Add, sub, mul, the bitwise operations and the shifts.
Scalar binaryOp(AluOp Op, bool Is64, Scalar R, const Scalar &Src) {
  switch (Op) {
  case AluOp::Add:
    addBounds32(R, Src);
    addBounds64(R, Src);
    R.Var = R.Var.add(Src.Var);
    break;
  case AluOp::Sub:
    subBounds32(R, Src);
    subBounds64(R, Src);
    R.Var = R.Var.sub(Src.Var);
    break;
  case AluOp::Mul:
    R.Var = R.Var.mul(Src.Var);
    mulBounds32(R, Src);
    mulBounds64(R, Src);
    break;
  case AluOp::And:
    R.Var = R.Var.band(Src.Var);
    andBounds32(R, Src);
    andBounds64(R, Src);
    break;
  case AluOp::Or:
    R.Var = R.Var.bor(Src.Var);
    orBounds32(R, Src);
    orBounds64(R, Src);
    break;
  case AluOp::Xor:
    R.Var = R.Var.bxor(Src.Var);
    xorBounds32(R, Src);
    xorBounds64(R, Src);
    break;
  case AluOp::Lsh:
  case AluOp::Rsh:
  case AluOp::Arsh:
    if (!isTrackedShift(Is64, Src))
      return Scalar::unknown();
    if (Op == AluOp::Lsh)
      Is64 ? lshift64(R, Src) : lshift32(R, Src);
    else if (Op == AluOp::Rsh)
      Is64 ? rshift64(R, Src) : rshift32(R, Src);
    else
      Is64 ? arshift64(R, Src) : arshift32(R, Src);
    break;
  default:
    return Scalar::unknown();
  }
  if (!Is64)
    zeroExtendNoSync(R);
  R.sync();
  return R;
}

/// BPF_END: swap when the operation demands it (always for bswap, for "to big
/// endian" on a little-endian target), then keep only the operand width.
Scalar byteSwap(AluOp Op, Scalar R) {
  unsigned Bits = 64;
  bool Swap = true;
  switch (Op) {
  case AluOp::ToLE16:
  case AluOp::ToLE32:
  case AluOp::ToLE64:
    Swap = false;
    break;
  default:
    break;
  }
  switch (Op) {
  case AluOp::ToLE16:
  case AluOp::ToBE16:
  case AluOp::Bswap16:
    Bits = 16;
    break;
  case AluOp::ToLE32:
  case AluOp::ToBE32:
  case AluOp::Bswap32:
    Bits = 32;
    break;
  default:
    break;
  }
  if (Swap) {
    R.Var = Bits == 16   ? R.Var.bswap16()
            : Bits == 32 ? R.Var.bswap32()
                         : R.Var.bswap64();
    R.markUnbounded();
  }
  if (Bits < 64)
    R.truncate(Bits / 8);
  R.sync();
  return R;
}

} // namespace

const char *aluOpName(AluOp Op) {
  switch (Op) {
  case AluOp::Add:
    return "add";
  case AluOp::Sub:
    return "sub";
  case AluOp::Mul:
    return "mul";
  case AluOp::Div:
    return "div";
  case AluOp::SDiv:
    return "sdiv";
  case AluOp::Mod:
    return "mod";
  case AluOp::SMod:
    return "smod";
  case AluOp::Or:
    return "or";
  case AluOp::And:
    return "and";
  case AluOp::Lsh:
    return "lsh";
  case AluOp::Rsh:
    return "rsh";
  case AluOp::Arsh:
    return "arsh";
  case AluOp::Xor:
    return "xor";
  case AluOp::Mov:
    return "mov";
  case AluOp::MovSx8:
    return "movsx8";
  case AluOp::MovSx16:
    return "movsx16";
  case AluOp::MovSx32:
    return "movsx32";
  case AluOp::Neg:
    return "neg";
  case AluOp::ToLE16:
    return "le16";
  case AluOp::ToLE32:
    return "le32";
  case AluOp::ToLE64:
    return "le64";
  case AluOp::ToBE16:
    return "be16";
  case AluOp::ToBE32:
    return "be32";
  case AluOp::ToBE64:
    return "be64";
  case AluOp::Bswap16:
    return "bswap16";
  case AluOp::Bswap32:
    return "bswap32";
  case AluOp::Bswap64:
    return "bswap64";
  }
  return "?";
}

Scalar applyAlu(AluOp Op, bool Is64, const Scalar &Dst, const Scalar &Src) {
  switch (Op) {
  case AluOp::Mov: {
    Scalar R = Src;
    if (!Is64)
      R.zext32();
    return R;
  }
  case AluOp::MovSx8:
  case AluOp::MovSx16:
  case AluOp::MovSx32: {
    unsigned Bytes = Op == AluOp::MovSx8 ? 1 : Op == AluOp::MovSx16 ? 2 : 4;
    Scalar R = Src;
    if (Is64)
      R.signExtend(Bytes);
    else
      R.signExtendSubreg(Bytes);
    return R;
  }
  case AluOp::Neg:
    return binaryOp(AluOp::Sub, Is64, Scalar::constant(0), Dst);
  case AluOp::Div:
  case AluOp::SDiv:
  case AluOp::Mod:
  case AluOp::SMod:
    return Scalar::unknown();
  case AluOp::ToLE16:
  case AluOp::ToLE32:
  case AluOp::ToLE64:
  case AluOp::ToBE16:
  case AluOp::ToBE32:
  case AluOp::ToBE64:
  case AluOp::Bswap16:
  case AluOp::Bswap32:
  case AluOp::Bswap64:
    return byteSwap(Op, Dst);
  default:
    return binaryOp(Op, Is64, Dst, Src);
  }
}

} // namespace domain
} // namespace verifiable

//===- ShiftBounds.cpp - Tnum and range transfer for shifts ---------------===//
//
// Shifts by a known amount below the width, as the kernel tracks them. Bits
// cross the 32-bit boundary in 64-bit shifts, so the kernel recomputes the
// other half's ranges from the tnum; these functions follow the same order.
//
//===----------------------------------------------------------------------===//

#include "AluBounds.h"

#include "ScalarInternals.h"

#include <limits>

namespace verifiable {
namespace domain {
namespace detail {

namespace {

/// The 32-bit ranges after a left shift by [Min, Max] (kernel
/// __scalar32_min_max_lsh); used by both widths.
void lshiftRanges32(Scalar &S, uint64_t Min, uint64_t Max) {
  S.S32Min = std::numeric_limits<int32_t>::min();
  S.S32Max = std::numeric_limits<int32_t>::max();
  if (Max > 31 || S.U32Max > (1ULL << (31 - Max))) {
    S.U32Min = 0;
    S.U32Max = std::numeric_limits<uint32_t>::max();
    return;
  }
  S.U32Min <<= Min;
  S.U32Max <<= Max;
}

/// The 64-bit ranges after a left shift by [Min, Max]. A shift by exactly 32
/// keeps the signed range of the low half, the sign-extension idiom
/// "<<32 s>>32".
void lshiftRanges64(Scalar &S, uint64_t Min, uint64_t Max) {
  if (Min == 32 && Max == 32) {
    S.SMax = static_cast<int64_t>(
        static_cast<uint64_t>(static_cast<int64_t>(S.S32Max)) << 32);
    S.SMin = static_cast<int64_t>(
        static_cast<uint64_t>(static_cast<int64_t>(S.S32Min)) << 32);
  } else {
    S.SMin = std::numeric_limits<int64_t>::min();
    S.SMax = std::numeric_limits<int64_t>::max();
  }
  if (S.UMax > (1ULL << (63 - Max))) {
    S.UMin = 0;
    S.UMax = std::numeric_limits<uint64_t>::max();
    return;
  }
  S.UMin <<= Min;
  S.UMax <<= Max;
}

} // namespace

void lshift32(Scalar &Dst, const Scalar &Src) {
  Tnum Low = Dst.Var.subreg();
  lshiftRanges32(Dst, Src.U32Min, Src.U32Max);
  Dst.Var = Low.lsh(Src.U32Min).subreg();
  markUnbounded64(Dst);
  updateBounds32(Dst);
}

void lshift64(Scalar &Dst, const Scalar &Src) {
  // The 64-bit rule reads the unshifted 32-bit ranges, so it goes first.
  lshiftRanges64(Dst, Src.UMin, Src.UMax);
  lshiftRanges32(Dst, Src.UMin, Src.UMax);
  Dst.Var = Dst.Var.lsh(static_cast<unsigned>(Src.UMin));
  updateBounds(Dst);
}

void rshift32(Scalar &Dst, const Scalar &Src) {
  Tnum Low = Dst.Var.subreg();
  Dst.S32Min = std::numeric_limits<int32_t>::min();
  Dst.S32Max = std::numeric_limits<int32_t>::max();
  Dst.Var = Low.rsh(Src.U32Min);
  Dst.U32Min >>= Src.U32Max;
  Dst.U32Max >>= Src.U32Min;
  markUnbounded64(Dst);
  updateBounds32(Dst);
}

void rshift64(Scalar &Dst, const Scalar &Src) {
  Dst.SMin = std::numeric_limits<int64_t>::min();
  Dst.SMax = std::numeric_limits<int64_t>::max();
  Dst.Var = Dst.Var.rsh(static_cast<unsigned>(Src.UMin));
  Dst.UMin >>= Src.UMax;
  Dst.UMax >>= Src.UMin;
  markUnbounded32(Dst);
  updateBounds(Dst);
}

void arshift32(Scalar &Dst, const Scalar &Src) {
  unsigned Shift = Src.U32Min;
  Dst.S32Min >>= Shift;
  Dst.S32Max >>= Shift;
  Dst.Var = Dst.Var.subreg().arsh(Shift, 32);
  Dst.U32Min = 0;
  Dst.U32Max = std::numeric_limits<uint32_t>::max();
  markUnbounded64(Dst);
  updateBounds32(Dst);
}

void arshift64(Scalar &Dst, const Scalar &Src) {
  unsigned Shift = static_cast<unsigned>(Src.UMin);
  Dst.SMin >>= Shift;
  Dst.SMax >>= Shift;
  Dst.Var = Dst.Var.arsh(Shift, 64);
  Dst.UMin = 0;
  Dst.UMax = std::numeric_limits<uint64_t>::max();
  markUnbounded32(Dst);
  updateBounds(Dst);
}

} // namespace detail
} // namespace domain
} // namespace verifiable

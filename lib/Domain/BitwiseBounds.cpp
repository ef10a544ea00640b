//===- BitwiseBounds.cpp - Range transfer for and, or and xor -------------===//
//
// For bitwise operations the kernel derives the ranges mostly from the result
// tnum plus one bound from the operands (and: the smaller maximum, or: the
// larger minimum). The caller stores the result tnum in Dst.Var first.
//
//===----------------------------------------------------------------------===//

#include "AluBounds.h"

#include "ScalarInternals.h"

#include <algorithm>
#include <limits>

namespace verifiable {
namespace domain {
namespace detail {

namespace {

/// Signed range from the unsigned one when it does not cross the sign bit,
/// otherwise the full signed range.
void signedFromUnsigned32(Scalar &S) {
  if (static_cast<int32_t>(S.U32Min) <= static_cast<int32_t>(S.U32Max)) {
    S.S32Min = static_cast<int32_t>(S.U32Min);
    S.S32Max = static_cast<int32_t>(S.U32Max);
  } else {
    S.S32Min = std::numeric_limits<int32_t>::min();
    S.S32Max = std::numeric_limits<int32_t>::max();
  }
}

void signedFromUnsigned64(Scalar &S) {
  if (static_cast<int64_t>(S.UMin) <= static_cast<int64_t>(S.UMax)) {
    S.SMin = static_cast<int64_t>(S.UMin);
    S.SMax = static_cast<int64_t>(S.UMax);
  } else {
    S.SMin = std::numeric_limits<int64_t>::min();
    S.SMax = std::numeric_limits<int64_t>::max();
  }
}

/// Both operands known: the (already computed) tnum is the answer.
bool foldConst32(Scalar &Dst, const Scalar &Src) {
  if (!Src.Var.isSubregConst() || !Dst.Var.isSubregConst())
    return false;
  markKnown32(Dst, static_cast<uint32_t>(Dst.Var.Value));
  return true;
}

bool foldConst64(Scalar &Dst, const Scalar &Src) {
  if (!Src.Var.isConst() || !Dst.Var.isConst())
    return false;
  markKnown(Dst, Dst.Var.Value);
  return true;
}

} // namespace

void andBounds32(Scalar &Dst, const Scalar &Src) {
  if (foldConst32(Dst, Src))
    return;
  Tnum Low = Dst.Var.subreg();
  Dst.U32Min = static_cast<uint32_t>(Low.umin());
  Dst.U32Max = std::min(Dst.U32Max, Src.U32Max);
  signedFromUnsigned32(Dst);
}

void andBounds64(Scalar &Dst, const Scalar &Src) {
  if (foldConst64(Dst, Src))
    return;
  Dst.UMin = Dst.Var.umin();
  Dst.UMax = std::min(Dst.UMax, Src.UMax);
  signedFromUnsigned64(Dst);
  updateBounds(Dst);
}

void orBounds32(Scalar &Dst, const Scalar &Src) {
  if (foldConst32(Dst, Src))
    return;
  Tnum Low = Dst.Var.subreg();
  Dst.U32Min = std::max(Dst.U32Min, Src.U32Min);
  Dst.U32Max = static_cast<uint32_t>(Low.umax());
  signedFromUnsigned32(Dst);
}

void orBounds64(Scalar &Dst, const Scalar &Src) {
  if (foldConst64(Dst, Src))
    return;
  Dst.UMin = std::max(Dst.UMin, Src.UMin);
  Dst.UMax = Dst.Var.umax();
  signedFromUnsigned64(Dst);
  updateBounds(Dst);
}

void xorBounds32(Scalar &Dst, const Scalar &Src) {
  if (foldConst32(Dst, Src))
    return;
  Tnum Low = Dst.Var.subreg();
  Dst.U32Min = static_cast<uint32_t>(Low.umin());
  Dst.U32Max = static_cast<uint32_t>(Low.umax());
  signedFromUnsigned32(Dst);
}

void xorBounds64(Scalar &Dst, const Scalar &Src) {
  if (foldConst64(Dst, Src))
    return;
  Dst.UMin = Dst.Var.umin();
  Dst.UMax = Dst.Var.umax();
  signedFromUnsigned64(Dst);
  updateBounds(Dst);
}

} // namespace detail
} // namespace domain
} // namespace verifiable

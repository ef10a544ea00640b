//===- ArithBounds.cpp - Range transfer for add, sub and mul --------------===//
//
// How the kernel moves the four ranges through +, - and *: interval
// arithmetic that gives up (full range) when some but not all results may
// wrap. Kept separate from the tnum side, which the caller computes.
//
//===----------------------------------------------------------------------===//

#include "AluBounds.h"

#include <algorithm>
#include <limits>

namespace verifiable {
namespace domain {
namespace detail {

namespace {

/// [Min, Max] + [SrcMin, SrcMax] for a signed type: full range on overflow.
template <typename T> void addSigned(T &Min, T &Max, T SrcMin, T SrcMax) {
  T NewMin, NewMax;
  if (__builtin_add_overflow(Min, SrcMin, &NewMin) ||
      __builtin_add_overflow(Max, SrcMax, &NewMax)) {
    Min = std::numeric_limits<T>::min();
    Max = std::numeric_limits<T>::max();
    return;
  }
  Min = NewMin;
  Max = NewMax;
}

/// The same for an unsigned type: wrapping is fine when both ends wrap.
template <typename T> void addUnsigned(T &Min, T &Max, T SrcMin, T SrcMax) {
  bool MinWraps = __builtin_add_overflow(Min, SrcMin, &Min);
  bool MaxWraps = __builtin_add_overflow(Max, SrcMax, &Max);
  if (!MinWraps && MaxWraps) {
    Min = 0;
    Max = std::numeric_limits<T>::max();
  }
}

/// [Min, Max] - [SrcMin, SrcMax] for a signed type.
template <typename T> void subSigned(T &Min, T &Max, T SrcMin, T SrcMax) {
  T NewMin, NewMax;
  if (__builtin_sub_overflow(Min, SrcMax, &NewMin) ||
      __builtin_sub_overflow(Max, SrcMin, &NewMax)) {
    Min = std::numeric_limits<T>::min();
    Max = std::numeric_limits<T>::max();
    return;
  }
  Min = NewMin;
  Max = NewMax;
}

/// The same for an unsigned type: wrapping is fine when both ends wrap.
template <typename T> void subUnsigned(T &Min, T &Max, T SrcMin, T SrcMax) {
  bool MinWraps = __builtin_sub_overflow(Min, SrcMax, &Min);
  bool MaxWraps = __builtin_sub_overflow(Max, SrcMin, &Max);
  if (MinWraps && !MaxWraps) {
    Min = 0;
    Max = std::numeric_limits<T>::max();
  }
}

/// [Min, Max] * [SrcMin, SrcMax] for an unsigned type: full range when the
/// largest product overflows.
template <typename T> void mulUnsigned(T &Min, T &Max, T SrcMin, T SrcMax) {
  T NewMin, NewMax;
  if (__builtin_mul_overflow(Max, SrcMax, &NewMax) ||
      __builtin_mul_overflow(Min, SrcMin, &NewMin)) {
    Min = 0;
    Max = std::numeric_limits<T>::max();
    return;
  }
  Min = NewMin;
  Max = NewMax;
}

/// The same for a signed type: the extremes are among the four corner
/// products, unless one of them overflows.
template <typename T> void mulSigned(T &Min, T &Max, T SrcMin, T SrcMax) {
  T P[4];
  if (__builtin_mul_overflow(Min, SrcMin, &P[0]) ||
      __builtin_mul_overflow(Min, SrcMax, &P[1]) ||
      __builtin_mul_overflow(Max, SrcMin, &P[2]) ||
      __builtin_mul_overflow(Max, SrcMax, &P[3])) {
    Min = std::numeric_limits<T>::min();
    Max = std::numeric_limits<T>::max();
    return;
  }
  Min = *std::min_element(P, P + 4);
  Max = *std::max_element(P, P + 4);
}

} // namespace

void addBounds32(Scalar &Dst, const Scalar &Src) {
  addSigned(Dst.S32Min, Dst.S32Max, Src.S32Min, Src.S32Max);
  addUnsigned(Dst.U32Min, Dst.U32Max, Src.U32Min, Src.U32Max);
}

void addBounds64(Scalar &Dst, const Scalar &Src) {
  addSigned(Dst.SMin, Dst.SMax, Src.SMin, Src.SMax);
  addUnsigned(Dst.UMin, Dst.UMax, Src.UMin, Src.UMax);
}

void subBounds32(Scalar &Dst, const Scalar &Src) {
  subSigned(Dst.S32Min, Dst.S32Max, Src.S32Min, Src.S32Max);
  subUnsigned(Dst.U32Min, Dst.U32Max, Src.U32Min, Src.U32Max);
}

void subBounds64(Scalar &Dst, const Scalar &Src) {
  subSigned(Dst.SMin, Dst.SMax, Src.SMin, Src.SMax);
  subUnsigned(Dst.UMin, Dst.UMax, Src.UMin, Src.UMax);
}

void mulBounds32(Scalar &Dst, const Scalar &Src) {
  mulUnsigned(Dst.U32Min, Dst.U32Max, Src.U32Min, Src.U32Max);
  mulSigned(Dst.S32Min, Dst.S32Max, Src.S32Min, Src.S32Max);
}

void mulBounds64(Scalar &Dst, const Scalar &Src) {
  mulUnsigned(Dst.UMin, Dst.UMax, Src.UMin, Src.UMax);
  mulSigned(Dst.SMin, Dst.SMax, Src.SMin, Src.SMax);
}

} // namespace detail
} // namespace domain
} // namespace verifiable

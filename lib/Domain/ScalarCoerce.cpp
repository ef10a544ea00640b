//===- ScalarCoerce.cpp - Narrowing and sign-extending a scalar -----------===//
//
// Loads narrower than 8 bytes and the movsx/ldsx instructions change the
// width of a value. The kernel has its own rules for what survives of the
// bounds (coerce_reg_to_size, coerce_reg_to_size_sx,
// coerce_subreg_to_size_sx); they are reproduced here because the resulting
// bounds show up in later checks and in state comparison.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/Scalar.h"

#include "ScalarInternals.h"

#include <algorithm>

namespace verifiable {
namespace domain {

namespace {

/// Sign-extends the low Bytes bytes of V to 64 bits.
int64_t signExtendLow(uint64_t V, unsigned Bytes) {
  switch (Bytes) {
  case 1:
    return static_cast<int8_t>(V);
  case 2:
    return static_cast<int16_t>(V);
  case 4:
    return static_cast<int32_t>(V);
  default:
    return static_cast<int64_t>(V);
  }
}

/// The signed range of a Bytes-byte integer.
int64_t signedMin(unsigned Bytes) {
  return -(static_cast<int64_t>(1) << (Bytes * 8 - 1));
}
int64_t signedMax(unsigned Bytes) {
  return (static_cast<int64_t>(1) << (Bytes * 8 - 1)) - 1;
}

/// What is known after a 64-bit sign extension whose bounds could not be
/// carried over: only the range of the narrow type.
void setSignExtendDefault(Scalar &S, unsigned Bytes) {
  S.SMin = signedMin(Bytes);
  S.SMax = signedMax(Bytes);
  S.S32Min = static_cast<int32_t>(S.SMin);
  S.S32Max = static_cast<int32_t>(S.SMax);
  S.UMin = 0;
  S.UMax = ~0ULL;
  S.U32Min = 0;
  S.U32Max = ~0U;
  S.Var = Tnum::unknown();
}

} // namespace

void Scalar::truncate(unsigned Bytes) {
  if (Bytes >= 8)
    return;
  Var = Var.cast(Bytes);
  uint64_t Keep = (1ULL << (Bytes * 8)) - 1;
  // The unsigned range survives when the dropped bits are equal at both
  // ends; otherwise the narrow type's whole range is possible.
  if ((UMin & ~Keep) == (UMax & ~Keep)) {
    UMin &= Keep;
    UMax &= Keep;
  } else {
    UMin = 0;
    UMax = Keep;
  }
  SMin = static_cast<int64_t>(UMin);
  SMax = static_cast<int64_t>(UMax);
  if (Bytes < 4)
    detail::markUnbounded32(*this);
  sync();
}

void Scalar::signExtend(unsigned Bytes) {
  if (Bytes >= 8)
    return;
  if (Var.isConst()) {
    detail::markKnown(*this,
                      static_cast<uint64_t>(signExtendLow(Var.Value, Bytes)));
    return;
  }
  // The signed range carries over when its ends differ only in the low
  // bytes and their narrow sign bits agree.
  unsigned Bits = Bytes * 8;
  uint64_t TopMin = (static_cast<uint64_t>(SMin) >> Bits) << Bits;
  uint64_t TopMax = (static_cast<uint64_t>(SMax) >> Bits) << Bits;
  if (TopMin == TopMax) {
    int64_t A = signExtendLow(static_cast<uint64_t>(SMin), Bytes);
    int64_t B = signExtendLow(static_cast<uint64_t>(SMax), Bytes);
    int64_t Min = std::min(A, B), Max = std::max(A, B);
    if ((Min >= 0) == (Max >= 0)) {
      SMin = Min;
      SMax = Max;
      S32Min = static_cast<int32_t>(Min);
      S32Max = static_cast<int32_t>(Max);
      UMin = static_cast<uint64_t>(Min);
      UMax = static_cast<uint64_t>(Max);
      U32Min = static_cast<uint32_t>(Min);
      U32Max = static_cast<uint32_t>(Max);
      Var = Tnum::range(UMin, UMax);
      return;
    }
  }
  setSignExtendDefault(*this, Bytes);
}

void Scalar::signExtendSubreg(unsigned Bytes) {
  if (Bytes >= 4) {
    zext32();
    return;
  }
  unsigned Bits = Bytes * 8;
  if (Var.isConst()) {
    int64_t V = signExtendLow(Var.Value, Bytes);
    Var = Tnum::constant(static_cast<uint64_t>(V));
    S32Min = S32Max = static_cast<int32_t>(V);
    U32Min = U32Max = static_cast<uint32_t>(V);
  } else {
    uint32_t TopMin = (static_cast<uint32_t>(S32Min) >> Bits) << Bits;
    uint32_t TopMax = (static_cast<uint32_t>(S32Max) >> Bits) << Bits;
    int32_t A = static_cast<int32_t>(
        signExtendLow(static_cast<uint32_t>(S32Min), Bytes));
    int32_t B = static_cast<int32_t>(
        signExtendLow(static_cast<uint32_t>(S32Max), Bytes));
    int32_t Min = std::min(A, B), Max = std::max(A, B);
    if (TopMin == TopMax && (Min >= 0) == (Max >= 0)) {
      S32Min = Min;
      S32Max = Max;
      U32Min = static_cast<uint32_t>(Min);
      U32Max = static_cast<uint32_t>(Max);
      Var = Tnum::range(static_cast<uint64_t>(static_cast<int64_t>(Min)),
                        static_cast<uint64_t>(static_cast<int64_t>(Max)))
                .subreg();
    } else {
      S32Min = static_cast<int32_t>(signedMin(Bytes));
      S32Max = static_cast<int32_t>(signedMax(Bytes));
      U32Min = 0;
      U32Max = ~0U;
      Var = Tnum::unknown().subreg();
    }
  }
  zext32();
}

} // namespace domain
} // namespace verifiable

//===- ScalarSync.cpp - Keeping the five facts of a scalar consistent -----===//
//
// The kernel's reg_bounds_sync: after every change to one component of a
// scalar, the others are tightened from it. The order and the exact rules
// decide which bounds the kernel ends up with, so they are reproduced here
// step by step: ranges from the tnum, 64 -> 32-bit, signed <-> unsigned,
// 32 -> 64-bit (three rounds), the tnum from the ranges, ranges again.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/Scalar.h"

#include "ScalarInternals.h"

#include <algorithm>

namespace verifiable {
namespace domain {

namespace {

constexpr uint64_t Low32 = 0xffffffffULL;
constexpr uint64_t High32 = ~Low32;

int32_t lowS32(uint64_t V) {
  return static_cast<int32_t>(static_cast<uint32_t>(V));
}
uint32_t lowU32(uint64_t V) { return static_cast<uint32_t>(V); }
uint32_t highU32(uint64_t V) { return static_cast<uint32_t>(V >> 32); }

void tightenS32(Scalar &S, int32_t Min, int32_t Max) {
  S.S32Min = std::max(S.S32Min, Min);
  S.S32Max = std::min(S.S32Max, Max);
}

void tightenU32(Scalar &S, uint32_t Min, uint32_t Max) {
  S.U32Min = std::max(S.U32Min, Min);
  S.U32Max = std::min(S.U32Max, Max);
}

void tightenS64(Scalar &S, int64_t Min, int64_t Max) {
  S.SMin = std::max(S.SMin, Min);
  S.SMax = std::min(S.SMax, Max);
}

void tightenU64(Scalar &S, uint64_t Min, uint64_t Max) {
  S.UMin = std::max(S.UMin, Min);
  S.UMax = std::min(S.UMax, Max);
}

/// 32-bit bounds from the 64-bit ones, then between the two 32-bit kinds.
void deduce32(Scalar &S) {
  // With the upper halves of umin/umax equal, the low halves form a range.
  if ((S.UMin >> 32) == (S.UMax >> 32)) {
    tightenU32(S, lowU32(S.UMin), lowU32(S.UMax));
    if (lowS32(S.UMin) <= lowS32(S.UMax))
      tightenS32(S, lowS32(S.UMin), lowS32(S.UMax));
  }
  // The same for the signed range.
  if ((S.SMin >> 32) == (S.SMax >> 32)) {
    uint64_t Min = static_cast<uint64_t>(S.SMin);
    uint64_t Max = static_cast<uint64_t>(S.SMax);
    if (lowU32(Min) <= lowU32(Max))
      tightenU32(S, lowU32(Min), lowU32(Max));
    if (lowS32(Min) <= lowS32(Max))
      tightenS32(S, lowS32(Min), lowS32(Max));
  }
  // Upper halves one apart (modulo 2^32) and the low halves going from
  // negative to non-negative: the low halves still form an s32 range.
  auto StepsOver = [](uint64_t Min, uint64_t Max) {
    return static_cast<uint32_t>(highU32(Min) + 1) == highU32(Max) &&
           lowS32(Min) < 0 && lowS32(Max) >= 0;
  };
  if (StepsOver(S.UMin, S.UMax))
    tightenS32(S, lowS32(S.UMin), lowS32(S.UMax));
  if (StepsOver(static_cast<uint64_t>(S.SMin), static_cast<uint64_t>(S.SMax)))
    tightenS32(S, lowS32(static_cast<uint64_t>(S.SMin)),
               lowS32(static_cast<uint64_t>(S.SMax)));

  // u32 -> s32 when the u32 range does not cross the sign bit.
  if (static_cast<int32_t>(S.U32Min) <= static_cast<int32_t>(S.U32Max))
    tightenS32(S, static_cast<int32_t>(S.U32Min),
               static_cast<int32_t>(S.U32Max));
  // s32 -> u32 likewise; when the s32 range does cross it, the u32 range may
  // still touch only one of its two pieces.
  uint32_t SMinU = static_cast<uint32_t>(S.S32Min);
  uint32_t SMaxU = static_cast<uint32_t>(S.S32Max);
  if (SMinU <= SMaxU) {
    tightenU32(S, SMinU, SMaxU);
  } else if (S.U32Max < SMinU) {
    S.S32Min = static_cast<int32_t>(S.U32Min);
    S.U32Max = std::min(S.U32Max, SMaxU);
  } else if (SMaxU < S.U32Min) {
    S.S32Max = static_cast<int32_t>(S.U32Max);
    S.U32Min = std::max(S.U32Min, SMinU);
  }
}

/// Between the two 64-bit kinds, as deduce32 does for 32 bits.
void deduce64(Scalar &S) {
  if (static_cast<int64_t>(S.UMin) <= static_cast<int64_t>(S.UMax))
    tightenS64(S, static_cast<int64_t>(S.UMin), static_cast<int64_t>(S.UMax));
  uint64_t SMinU = static_cast<uint64_t>(S.SMin);
  uint64_t SMaxU = static_cast<uint64_t>(S.SMax);
  if (SMinU <= SMaxU) {
    tightenU64(S, SMinU, SMaxU);
  } else if (S.UMax < SMinU) {
    S.SMin = static_cast<int64_t>(S.UMin);
    S.UMax = std::min(S.UMax, SMaxU);
  } else if (SMaxU < S.UMin) {
    S.SMax = static_cast<int64_t>(S.UMax);
    S.UMin = std::max(S.UMin, SMinU);
  }
}

/// 64-bit bounds from the 32-bit ones: substitute the 32-bit bounds into the
/// low halves of the 64-bit bounds.
void deduceMixed(Scalar &S) {
  auto WithLow = [](uint64_t Wide, uint32_t Low) {
    return (Wide & High32) | Low;
  };
  auto Substitute = [&](uint32_t LowMin, uint32_t LowMax) {
    tightenU64(S, WithLow(S.UMin, LowMin), WithLow(S.UMax, LowMax));
    tightenS64(
        S, static_cast<int64_t>(WithLow(static_cast<uint64_t>(S.SMin), LowMin)),
        static_cast<int64_t>(WithLow(static_cast<uint64_t>(S.SMax), LowMax)));
  };
  Substitute(S.U32Min, S.U32Max);
  if (static_cast<uint32_t>(S.S32Min) <= static_cast<uint32_t>(S.S32Max))
    Substitute(static_cast<uint32_t>(S.S32Min),
               static_cast<uint32_t>(S.S32Max));

  // A value within [S32_MIN, S32_MAX] whose low half is non-negative as s32
  // cannot have all-ones upper bits, so it equals its low half.
  if (S.S32Min >= 0 && S.SMin >= INT32_MIN && S.SMax <= INT32_MAX) {
    S.SMin = S.S32Min;
    S.SMax = S.S32Max;
    S.UMin = static_cast<uint64_t>(static_cast<int64_t>(S.S32Min));
    S.UMax = static_cast<uint64_t>(static_cast<int64_t>(S.S32Max));
    S.Var = S.Var.intersect(Tnum::range(static_cast<uint64_t>(S.SMin),
                                        static_cast<uint64_t>(S.SMax)));
  }
}

void deduceBounds(Scalar &S) {
  deduce32(S);
  deduce64(S);
  deduceMixed(S);
}

/// The tnum from the unsigned ranges, each half from its own range.
void boundTnum(Scalar &S) {
  Tnum Wide = S.Var.intersect(Tnum::range(S.UMin, S.UMax));
  Tnum Low = Wide.subreg().intersect(Tnum::range(S.U32Min, S.U32Max));
  S.Var = Wide.clearSubreg().bor(Low);
}

} // namespace

namespace detail {

void updateBounds32(Scalar &S) {
  Tnum Low = S.Var.subreg();
  // The sign bit is set in the minimum if it may be, clear in the maximum.
  tightenS32(S, lowS32(Low.Value | (Low.Mask & 0x80000000ULL)),
             lowS32(Low.Value | (Low.Mask & 0x7fffffffULL)));
  tightenU32(S, lowU32(Low.umin()), lowU32(Low.umax()));
}

void updateBounds64(Scalar &S) {
  tightenS64(S, S.Var.smin(), S.Var.smax());
  tightenU64(S, S.Var.umin(), S.Var.umax());

  // When the tnum and [UMin, UMax] share a single value, that is the value.
  uint64_t Next = S.Var.nextAfter(S.UMin);
  bool UMinIsMember = S.Var.contains(S.UMin);
  if (UMinIsMember && Next > S.UMax)
    markKnown(S, S.UMin);
  else if (!UMinIsMember && Next == S.Var.umax())
    markKnown(S, S.Var.umax());
  else if (!UMinIsMember && Next <= S.UMax && S.Var.nextAfter(Next) > S.UMax)
    markKnown(S, Next);
}

void zeroExtendNoSync(Scalar &S) {
  S.Var = S.Var.subreg();
  S.UMin = S.U32Min;
  S.UMax = S.U32Max;
  // The s32 range carries over only when it is non-negative throughout.
  if (S.S32Min >= 0 && S.S32Max >= 0) {
    S.SMin = S.S32Min;
    S.SMax = S.S32Max;
  } else {
    S.SMin = 0;
    S.SMax = static_cast<int64_t>(Low32);
  }
}

} // namespace detail

void Scalar::sync() {
  detail::updateBounds(*this);
  for (int Round = 0; Round < 3; ++Round)
    deduceBounds(*this);
  boundTnum(*this);
  detail::updateBounds(*this);
}

void Scalar::zext32() {
  detail::zeroExtendNoSync(*this);
  sync();
}

} // namespace domain
} // namespace verifiable

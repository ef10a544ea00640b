//===- Scalar.cpp - Construction, lattice operations and printing ---------===//
//
// The parts of Scalar that do not follow a kernel transfer function: making
// values, membership, subsumption, join and the log text.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/Scalar.h"

#include "LogFormat.h"
#include "ScalarInternals.h"

#include <algorithm>

namespace verifiable {
namespace domain {

namespace detail {

void markKnown(Scalar &S, uint64_t V) {
  S.Var = Tnum::constant(V);
  S.SMin = S.SMax = static_cast<int64_t>(V);
  S.UMin = S.UMax = V;
  S.S32Min = S.S32Max = static_cast<int32_t>(V);
  S.U32Min = S.U32Max = static_cast<uint32_t>(V);
}

void markKnown32(Scalar &S, uint32_t V) {
  S.Var = S.Var.withSubreg(Tnum::constant(V));
  S.S32Min = S.S32Max = static_cast<int32_t>(V);
  S.U32Min = S.U32Max = V;
}

void markUnbounded32(Scalar &S) {
  Scalar Top;
  S.S32Min = Top.S32Min;
  S.S32Max = Top.S32Max;
  S.U32Min = Top.U32Min;
  S.U32Max = Top.U32Max;
}

void markUnbounded64(Scalar &S) {
  Scalar Top;
  S.SMin = Top.SMin;
  S.SMax = Top.SMax;
  S.UMin = Top.UMin;
  S.UMax = Top.UMax;
}

} // namespace detail

Scalar Scalar::constant(uint64_t V) {
  Scalar S;
  detail::markKnown(S, V);
  return S;
}

Scalar Scalar::unsignedRange(uint64_t Min, uint64_t Max) {
  Scalar S;
  S.UMin = Min;
  S.UMax = Max;
  S.sync();
  return S;
}

Scalar Scalar::signedRange(int64_t Min, int64_t Max) {
  Scalar S;
  S.SMin = Min;
  S.SMax = Max;
  S.sync();
  return S;
}

Scalar Scalar::fromTnum(Tnum T) {
  Scalar S;
  S.Var = T;
  S.sync();
  return S;
}

bool Scalar::contains(uint64_t V) const {
  int64_t SV = static_cast<int64_t>(V);
  uint32_t V32 = static_cast<uint32_t>(V);
  int32_t SV32 = static_cast<int32_t>(V32);
  return Var.contains(V) && UMin <= V && V <= UMax && SMin <= SV &&
         SV <= SMax && U32Min <= V32 && V32 <= U32Max && S32Min <= SV32 &&
         SV32 <= S32Max;
}

bool Scalar::isEmpty() const {
  if (UMin > UMax || SMin > SMax || U32Min > U32Max || S32Min > S32Max)
    return true;
  if (Var.umin() > UMax || Var.umax() < UMin)
    return true;
  Tnum Low = Var.subreg();
  if (Low.umin() > U32Max || Low.umax() < U32Min)
    return true;
  if (Var.isConst() && !contains(Var.Value))
    return true;
  return false;
}

bool Scalar::satisfiesKernelInvariants() const {
  if (UMin > UMax || SMin > SMax || U32Min > U32Max || S32Min > S32Max)
    return false;
  if (Var.isConst()) {
    uint64_t V = Var.Value;
    if (UMin != V || UMax != V || SMin != static_cast<int64_t>(V) ||
        SMax != static_cast<int64_t>(V))
      return false;
  }
  if (Var.isSubregConst()) {
    uint32_t V = static_cast<uint32_t>(Var.Value);
    if (U32Min != V || U32Max != V || S32Min != static_cast<int32_t>(V) ||
        S32Max != static_cast<int32_t>(V))
      return false;
  }
  return true;
}

void Scalar::markUnbounded() {
  detail::markUnbounded64(*this);
  detail::markUnbounded32(*this);
}

bool Scalar::operator<=(const Scalar &O) const {
  return O.UMin <= UMin && UMax <= O.UMax && O.SMin <= SMin && SMax <= O.SMax &&
         O.U32Min <= U32Min && U32Max <= O.U32Max && O.S32Min <= S32Min &&
         S32Max <= O.S32Max && Var <= O.Var;
}

bool Scalar::operator==(const Scalar &O) const {
  return Var == O.Var && SMin == O.SMin && SMax == O.SMax && UMin == O.UMin &&
         UMax == O.UMax && S32Min == O.S32Min && S32Max == O.S32Max &&
         U32Min == O.U32Min && U32Max == O.U32Max;
}

Scalar Scalar::join(const Scalar &O) const {
  Scalar R;
  R.Var = Var.join(O.Var);
  R.SMin = std::min(SMin, O.SMin);
  R.SMax = std::max(SMax, O.SMax);
  R.UMin = std::min(UMin, O.UMin);
  R.UMax = std::max(UMax, O.UMax);
  R.S32Min = std::min(S32Min, O.S32Min);
  R.S32Max = std::max(S32Max, O.S32Max);
  R.U32Min = std::min(U32Min, O.U32Min);
  R.U32Max = std::max(U32Max, O.U32Max);
  return R;
}

std::string Scalar::str() const {
  if (Var.isConst())
    return formatSigned(static_cast<int64_t>(Var.Value));

  // The log names each bound that differs from its default, merging equal
  // values of the same kind (minima with minima, maxima with maxima) under
  // one number as long as they agree in sign.
  struct Bound {
    const char *Name;
    uint64_t Val;
    bool Omit;
  };
  auto Bound32 = [](int32_t V) -> uint64_t {
    int64_t Wide = V;
    if (Wide >= -32768 && Wide <= 32767)
      return static_cast<uint64_t>(Wide);
    return static_cast<uint32_t>(V);
  };
  Scalar Top;
  Bound Bounds[] = {
      {"smin", static_cast<uint64_t>(SMin), SMin == Top.SMin},
      {"smax", static_cast<uint64_t>(SMax), SMax == Top.SMax},
      {"umin", UMin, UMin == Top.UMin},
      {"umax", UMax, UMax == Top.UMax},
      {"smin32", Bound32(S32Min), S32Min == Top.S32Min},
      {"smax32", Bound32(S32Max), S32Max == Top.S32Max},
      {"umin32", U32Min, U32Min == Top.U32Min},
      {"umax32", U32Max, U32Max == Top.U32Max},
  };
  constexpr int NumBounds = sizeof(Bounds) / sizeof(Bounds[0]);
  auto IsNegative = [](const Bound &B) {
    return B.Name[0] == 's' && static_cast<int64_t>(B.Val) < 0;
  };

  std::string Out;
  for (int I = 0; I < NumBounds; ++I) {
    Bound &B = Bounds[I];
    if (B.Omit)
      continue;
    if (!Out.empty())
      Out += ",";
    Out += B.Name;
    Out += "=";
    for (int J = I + 2; J < NumBounds; J += 2) {
      Bound &Other = Bounds[J];
      if (Other.Omit || Other.Val != B.Val ||
          IsNegative(Other) != IsNegative(B))
        continue;
      Other.Omit = true;
      Out += Other.Name;
      Out += "=";
    }
    Out += B.Name[0] == 's' ? formatSigned(static_cast<int64_t>(B.Val))
                            : formatUnsigned(B.Val);
  }
  if (!Var.isUnknown()) {
    if (!Out.empty())
      Out += ",";
    Out += "var_off=" + Var.str();
  }
  return Out;
}

} // namespace domain
} // namespace verifiable

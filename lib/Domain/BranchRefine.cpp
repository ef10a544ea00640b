//===- BranchRefine.cpp - Narrowing scalars on the edges of a jump --------===//
//
// After "if L op R", each edge knows more about L and R. The kernel narrows
// the operands with regs_refine_cond_op and then syncs them; the bounds it
// gets there (and the ones it cannot get) decide later verdicts, so the
// narrowing is reproduced rule by rule, including the order of the updates,
// which matters when L and R are the same register.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/Branch.h"

#include <algorithm>
#include <utility>

namespace verifiable {
namespace domain {

namespace {

/// The comparisons a jump edge can assume: the CmpOps plus "L & R == 0",
/// the fall-through edge of Set.
enum class Cond { Eq, Ne, Gt, Ge, Lt, Le, SGt, SGe, SLt, SLe, Set, NotSet };

Cond condOf(CmpOp Op) { return static_cast<Cond>(static_cast<int>(Op)); }

/// The condition that holds on the fall-through edge.
Cond negate(Cond C) {
  switch (C) {
  case Cond::Eq:
    return Cond::Ne;
  case Cond::Ne:
    return Cond::Eq;
  case Cond::Gt:
    return Cond::Le;
  case Cond::Ge:
    return Cond::Lt;
  case Cond::Lt:
    return Cond::Ge;
  case Cond::Le:
    return Cond::Gt;
  case Cond::SGt:
    return Cond::SLe;
  case Cond::SGe:
    return Cond::SLt;
  case Cond::SLt:
    return Cond::SGe;
  case Cond::SLe:
    return Cond::SGt;
  case Cond::Set:
    return Cond::NotSet;
  case Cond::NotSet:
    return Cond::Set;
  }
  return C;
}

bool isConstAt(const Scalar &S, bool Is32) {
  return Is32 ? S.Var.isSubregConst() : S.Var.isConst();
}

uint64_t constAt(const Scalar &S, bool Is32) {
  return Is32 ? S.Var.subreg().Value : S.Var.Value;
}

// Wrapping decrement and increment, as the kernel's C arithmetic does.
template <typename T> T dec(T V) {
  using U = typename std::make_unsigned<T>::type;
  return static_cast<T>(static_cast<U>(V) - 1);
}
template <typename T> T inc(T V) {
  using U = typename std::make_unsigned<T>::type;
  return static_cast<T>(static_cast<U>(V) + 1);
}

void refineEq(Scalar *A, Scalar *B, bool Is32) {
  if (Is32) {
    A->U32Min = std::max(A->U32Min, B->U32Min);
    A->U32Max = std::min(A->U32Max, B->U32Max);
    A->S32Min = std::max(A->S32Min, B->S32Min);
    A->S32Max = std::min(A->S32Max, B->S32Max);
    B->U32Min = A->U32Min;
    B->U32Max = A->U32Max;
    B->S32Min = A->S32Min;
    B->S32Max = A->S32Max;
    Tnum Low = A->Var.subreg().intersect(B->Var.subreg());
    A->Var = A->Var.withSubreg(Low);
    B->Var = B->Var.withSubreg(Low);
    return;
  }
  A->UMin = std::max(A->UMin, B->UMin);
  A->UMax = std::min(A->UMax, B->UMax);
  A->SMin = std::max(A->SMin, B->SMin);
  A->SMax = std::min(A->SMax, B->SMax);
  B->UMin = A->UMin;
  B->UMax = A->UMax;
  B->SMin = A->SMin;
  B->SMax = A->SMax;
  A->Var = A->Var.intersect(B->Var);
  B->Var = A->Var;
}

/// Only a constant that sits on a bound of the other operand teaches
/// anything: that bound moves by one.
void refineNe(Scalar *A, Scalar *B, bool Is32) {
  if (!isConstAt(*B, Is32))
    std::swap(A, B);
  if (!isConstAt(*B, Is32))
    return;
  uint64_t V = constAt(*B, Is32);
  if (Is32) {
    uint32_t U = static_cast<uint32_t>(V);
    int32_t S = static_cast<int32_t>(U);
    if (A->U32Min == U)
      A->U32Min = inc(A->U32Min);
    if (A->U32Max == U)
      A->U32Max = dec(A->U32Max);
    if (A->S32Min == S)
      A->S32Min = inc(A->S32Min);
    if (A->S32Max == S)
      A->S32Max = dec(A->S32Max);
    return;
  }
  int64_t S = static_cast<int64_t>(V);
  if (A->UMin == V)
    A->UMin = inc(A->UMin);
  if (A->UMax == V)
    A->UMax = dec(A->UMax);
  if (A->SMin == S)
    A->SMin = inc(A->SMin);
  if (A->SMax == S)
    A->SMax = dec(A->SMax);
}

/// "A & K != 0" pins a bit only when K has a single bit.
void refineSet(Scalar *A, Scalar *B, bool Is32) {
  if (!isConstAt(*B, Is32))
    std::swap(A, B);
  if (!isConstAt(*B, Is32))
    return;
  uint64_t V = constAt(*B, Is32);
  if (V == 0 || (V & (V - 1)) != 0)
    return;
  if (Is32)
    A->Var = A->Var.withSubreg(A->Var.subreg().bor(Tnum::constant(V)));
  else
    A->Var = A->Var.bor(Tnum::constant(V));
}

/// "A & K == 0" clears K's bits. The kernel forgets A's ranges first.
void refineNotSet(Scalar *A, Scalar *B, bool Is32) {
  if (!isConstAt(*B, Is32))
    std::swap(A, B);
  if (!isConstAt(*B, Is32))
    return;
  uint64_t V = constAt(*B, Is32);
  A->markUnbounded();
  if (Is32)
    A->Var = A->Var.withSubreg(A->Var.subreg().band(Tnum::constant(~V)));
  else
    A->Var = A->Var.band(Tnum::constant(~V));
}

/// A <= B (Strict: A < B), unsigned or signed, at the comparison's width.
void refineLess(Scalar *A, Scalar *B, bool Is32, bool Signed, bool Strict) {
  auto Apply = [Strict](auto &AMax, auto BMax, auto AMin, auto &BMin) {
    AMax = std::min(AMax, Strict ? dec(BMax) : BMax);
    BMin = std::max(Strict ? inc(AMin) : AMin, BMin);
  };
  if (Is32 && Signed)
    Apply(A->S32Max, B->S32Max, A->S32Min, B->S32Min);
  else if (Is32)
    Apply(A->U32Max, B->U32Max, A->U32Min, B->U32Min);
  else if (Signed)
    Apply(A->SMax, B->SMax, A->SMin, B->SMin);
  else
    Apply(A->UMax, B->UMax, A->UMin, B->UMin);
}

/// The kernel's regs_refine_cond_op.
void refineCond(Scalar *A, Scalar *B, Cond C, bool Is32) {
  // Greater-than forms are the less-than forms with the operands exchanged.
  switch (C) {
  case Cond::Gt:
    C = Cond::Lt;
    std::swap(A, B);
    break;
  case Cond::Ge:
    C = Cond::Le;
    std::swap(A, B);
    break;
  case Cond::SGt:
    C = Cond::SLt;
    std::swap(A, B);
    break;
  case Cond::SGe:
    C = Cond::SLe;
    std::swap(A, B);
    break;
  default:
    break;
  }
  switch (C) {
  case Cond::Eq:
    refineEq(A, B, Is32);
    break;
  case Cond::Ne:
    refineNe(A, B, Is32);
    break;
  case Cond::Set:
    refineSet(A, B, Is32);
    break;
  case Cond::NotSet:
    refineNotSet(A, B, Is32);
    break;
  case Cond::Le:
    refineLess(A, B, Is32, /*Signed=*/false, /*Strict=*/false);
    break;
  case Cond::Lt:
    refineLess(A, B, Is32, /*Signed=*/false, /*Strict=*/true);
    break;
  case Cond::SLe:
    refineLess(A, B, Is32, /*Signed=*/true, /*Strict=*/false);
    break;
  case Cond::SLt:
    refineLess(A, B, Is32, /*Signed=*/true, /*Strict=*/true);
    break;
  default:
    break;
  }
}

} // namespace

bool refineBranch(CmpOp Op, bool Is32, bool Taken, Scalar &L, Scalar &R) {
  Cond C = condOf(Op);
  if (!Taken)
    C = negate(C);
  refineCond(&L, &R, C, Is32);
  // Check before syncing too: the kernel's sync can turn an empty range into
  // a constant (when the tnum has one value next to it).
  bool Possible = !L.isEmpty() && !R.isEmpty();
  L.sync();
  R.sync();
  Possible = Possible && !L.isEmpty() && !R.isEmpty();
  // What the kernel does to a register that fails its invariant check.
  if (!L.satisfiesKernelInvariants())
    L.markUnbounded();
  if (!R.satisfiesKernelInvariants())
    R.markUnbounded();
  return Possible;
}

} // namespace domain
} // namespace verifiable

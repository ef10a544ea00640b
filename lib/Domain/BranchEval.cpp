//===- BranchEval.cpp - Deciding conditional jumps from bounds ------------===//
//
// When the ranges or tnums of two scalars already decide a comparison, the
// kernel follows only one edge. This file decides exactly the cases the
// kernel decides (is_scalar_branch_taken), no more and no less, so that the
// engine explores the same edges.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Domain/Branch.h"

#include <utility>

namespace verifiable {
namespace domain {

namespace {

/// The operands' facts at the width of the comparison.
struct View {
  Tnum Var;
  uint64_t UMin, UMax;
  int64_t SMin, SMax;

  View(const Scalar &S, bool Is32)
      : Var(Is32 ? S.Var.subreg() : S.Var), UMin(Is32 ? S.U32Min : S.UMin),
        UMax(Is32 ? S.U32Max : S.UMax), SMin(Is32 ? S.S32Min : S.SMin),
        SMax(Is32 ? S.S32Max : S.SMax) {}
};

BranchOutcome decided(bool Taken) {
  return Taken ? BranchOutcome::AlwaysTaken : BranchOutcome::NeverTaken;
}

/// Some range or the tnums show that L == R is impossible.
bool provablyDifferent(bool Is32, const Scalar &L, const Scalar &R,
                       const View &A, const View &B) {
  if (!A.Var.overlaps(B.Var))
    return true;
  if (A.UMin > B.UMax || A.UMax < B.UMin)
    return true;
  if (A.SMin > B.SMax || A.SMax < B.SMin)
    return true;
  if (!Is32) {
    // The low halves must be equal as well.
    if (L.U32Min > R.U32Max || L.U32Max < R.U32Min)
      return true;
    if (L.S32Min > R.S32Max || L.S32Max < R.S32Min)
      return true;
  }
  return false;
}

} // namespace

bool compareConcrete(CmpOp Op, bool Is32, uint64_t L, uint64_t R) {
  if (Is32) {
    L = static_cast<uint32_t>(L);
    R = static_cast<uint32_t>(R);
  }
  int64_t SL = Is32 ? static_cast<int32_t>(L) : static_cast<int64_t>(L);
  int64_t SR = Is32 ? static_cast<int32_t>(R) : static_cast<int64_t>(R);
  switch (Op) {
  case CmpOp::Eq:
    return L == R;
  case CmpOp::Ne:
    return L != R;
  case CmpOp::Gt:
    return L > R;
  case CmpOp::Ge:
    return L >= R;
  case CmpOp::Lt:
    return L < R;
  case CmpOp::Le:
    return L <= R;
  case CmpOp::SGt:
    return SL > SR;
  case CmpOp::SGe:
    return SL >= SR;
  case CmpOp::SLt:
    return SL < SR;
  case CmpOp::SLe:
    return SL <= SR;
  case CmpOp::Set:
    return (L & R) != 0;
  }
  return false;
}

CmpOp swapOperands(CmpOp Op) {
  switch (Op) {
  case CmpOp::Gt:
    return CmpOp::Lt;
  case CmpOp::Ge:
    return CmpOp::Le;
  case CmpOp::Lt:
    return CmpOp::Gt;
  case CmpOp::Le:
    return CmpOp::Ge;
  case CmpOp::SGt:
    return CmpOp::SLt;
  case CmpOp::SGe:
    return CmpOp::SLe;
  case CmpOp::SLt:
    return CmpOp::SGt;
  case CmpOp::SLe:
    return CmpOp::SGe;
  default:
    return Op;
  }
}

BranchOutcome evaluateBranch(CmpOp Op, bool Is32, const Scalar &L,
                             const Scalar &R) {
  View A(L, Is32), B(R, Is32);
  switch (Op) {
  case CmpOp::Eq:
  case CmpOp::Ne: {
    bool IsEq = Op == CmpOp::Eq;
    if (A.Var.isConst() && B.Var.isConst())
      return decided((A.Var.Value == B.Var.Value) == IsEq);
    if (provablyDifferent(Is32, L, R, A, B))
      return decided(!IsEq);
    return BranchOutcome::Unknown;
  }
  case CmpOp::Set: {
    // Decided only against a constant mask.
    if (!B.Var.isConst())
      std::swap(A, B);
    if (!B.Var.isConst())
      return BranchOutcome::Unknown;
    if (A.Var.Value & ~A.Var.Mask & B.Var.Value)
      return BranchOutcome::AlwaysTaken;
    if (!(A.Var.umax() & B.Var.Value))
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  }
  case CmpOp::Gt:
    if (A.UMin > B.UMax)
      return BranchOutcome::AlwaysTaken;
    if (A.UMax <= B.UMin)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::Ge:
    if (A.UMin >= B.UMax)
      return BranchOutcome::AlwaysTaken;
    if (A.UMax < B.UMin)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::Lt:
    if (A.UMax < B.UMin)
      return BranchOutcome::AlwaysTaken;
    if (A.UMin >= B.UMax)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::Le:
    if (A.UMax <= B.UMin)
      return BranchOutcome::AlwaysTaken;
    if (A.UMin > B.UMax)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::SGt:
    if (A.SMin > B.SMax)
      return BranchOutcome::AlwaysTaken;
    if (A.SMax <= B.SMin)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::SGe:
    if (A.SMin >= B.SMax)
      return BranchOutcome::AlwaysTaken;
    if (A.SMax < B.SMin)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::SLt:
    if (A.SMax < B.SMin)
      return BranchOutcome::AlwaysTaken;
    if (A.SMin >= B.SMax)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  case CmpOp::SLe:
    if (A.SMax <= B.SMin)
      return BranchOutcome::AlwaysTaken;
    if (A.SMin > B.SMax)
      return BranchOutcome::NeverTaken;
    return BranchOutcome::Unknown;
  }
  return BranchOutcome::Unknown;
}

} // namespace domain
} // namespace verifiable

//===- BranchTest.cpp - Jump decisions and edge narrowing -----------------===//
//
// evaluateBranch may decide a jump only when every concrete pair agrees, and
// refineBranch must keep every pair that takes the edge it narrows for. Both
// are sampled for every comparison at both widths, against constants
// (jump-immediate) and registers. Exact cases check the bounds the kernel
// derives.
//
//===----------------------------------------------------------------------===//

#include "Sampler.h"

#include "verifiable/Domain/AluOps.h"
#include "verifiable/Domain/Branch.h"

#include "gtest/gtest.h"

#include <string>

using namespace verifiable::domain;
using namespace verifiable::domain::test;

namespace {

constexpr int Pairs = 1500;
constexpr int MembersPerPair = 3;

const CmpOp AllCmpOps[] = {CmpOp::Eq,  CmpOp::Ne,  CmpOp::Gt,  CmpOp::Ge,
                           CmpOp::Lt,  CmpOp::Le,  CmpOp::SGt, CmpOp::SGe,
                           CmpOp::SLt, CmpOp::SLe, CmpOp::Set};

std::string describe(CmpOp Op, bool Is32, const Scalar &L, const Scalar &R,
                     uint64_t A, uint64_t B) {
  return "op=" + std::to_string(static_cast<int>(Op)) +
         (Is32 ? " jmp32" : " jmp64") + " L={" + L.str() + "} R={" + R.str() +
         "} l=" + std::to_string(A) + " r=" + std::to_string(B);
}

void checkPair(Sampler &Gen, CmpOp Op, bool Is32, const Sampled &L,
               const Sampled &R) {
  BranchOutcome Decided = evaluateBranch(Op, Is32, L.S, R.S);
  Scalar TakenL = L.S, TakenR = R.S, FallL = L.S, FallR = R.S;
  bool TakenPossible = refineBranch(Op, Is32, true, TakenL, TakenR);
  bool FallPossible = refineBranch(Op, Is32, false, FallL, FallR);
  for (int K = 0; K < MembersPerPair; ++K) {
    uint64_t A = Gen.member(L), B = Gen.member(R);
    bool Holds = compareConcrete(Op, Is32, A, B);
    std::string Why = describe(Op, Is32, L.S, R.S, A, B);
    if (Holds) {
      ASSERT_NE(Decided, BranchOutcome::NeverTaken) << Why;
      ASSERT_TRUE(TakenPossible) << Why;
      ASSERT_TRUE(TakenL.contains(A)) << Why << " -> " << TakenL.str();
      ASSERT_TRUE(TakenR.contains(B)) << Why << " -> " << TakenR.str();
    } else {
      ASSERT_NE(Decided, BranchOutcome::AlwaysTaken) << Why;
      ASSERT_TRUE(FallPossible) << Why;
      ASSERT_TRUE(FallL.contains(A)) << Why << " -> " << FallL.str();
      ASSERT_TRUE(FallR.contains(B)) << Why << " -> " << FallR.str();
    }
  }
}

class BranchSoundness : public ::testing::TestWithParam<CmpOp> {};

TEST_P(BranchSoundness, AgainstImmediate) {
  CmpOp Op = GetParam();
  Sampler Gen(400 + static_cast<int>(Op));
  for (int I = 0; I < Pairs; ++I) {
    Sampled L = Gen.scalar();
    // Often compare against a value near a member, where refinements bite.
    Sampled R = Gen.chance(50) ? Gen.constant() : [&] {
      uint64_t K = Gen.member(L) + Gen.below(5) - 2;
      return Sampled{Scalar::constant(K), K};
    }();
    for (bool Is32 : {false, true}) {
      checkPair(Gen, Op, Is32, L, R);
      if (HasFatalFailure())
        return;
    }
  }
}

TEST_P(BranchSoundness, AgainstRegister) {
  CmpOp Op = GetParam();
  Sampler Gen(500 + static_cast<int>(Op));
  for (int I = 0; I < Pairs; ++I) {
    Sampled L = Gen.scalar(), R = Gen.scalar();
    for (bool Is32 : {false, true}) {
      checkPair(Gen, Op, Is32, L, R);
      if (HasFatalFailure())
        return;
    }
  }
}

std::string cmpOpName(const ::testing::TestParamInfo<CmpOp> &Info) {
  static const char *const Names[] = {"Eq",  "Ne",  "Gt",  "Ge",  "Lt", "Le",
                                      "SGt", "SGe", "SLt", "SLe", "Set"};
  return Names[static_cast<int>(Info.param)];
}

INSTANTIATE_TEST_SUITE_P(AllOps, BranchSoundness,
                         ::testing::ValuesIn(AllCmpOps), cmpOpName);

TEST(BranchPrecision, UnsignedLessThanConstant) {
  Scalar X, K = Scalar::constant(10);
  ASSERT_EQ(evaluateBranch(CmpOp::Lt, false, X, K), BranchOutcome::Unknown);
  ASSERT_TRUE(refineBranch(CmpOp::Lt, false, true, X, K));
  EXPECT_EQ(X.UMax, 9u);
  EXPECT_EQ(X.UMin, 0u);
  EXPECT_EQ(X.SMax, 9);
  EXPECT_EQ(X.Var, (Tnum{0, 0xf}));
  EXPECT_EQ(X.str(),
            "smin=smin32=0,smax=umax=smax32=umax32=9,var_off=(0x0; 0xf)");
  // The fall-through edge of the same jump.
  Scalar Y, K2 = Scalar::constant(10);
  ASSERT_TRUE(refineBranch(CmpOp::Lt, false, false, Y, K2));
  EXPECT_EQ(Y.UMin, 10u);
}

TEST(BranchPrecision, ThirtyTwoBitCompareNarrowsZeroExtendedValue) {
  // w1 = unknown (upper half known zero); if w1 < 100: the 64-bit bounds
  // follow.
  Scalar W = applyAlu(AluOp::Mov, false, Scalar(), Scalar());
  Scalar K = Scalar::constant(100);
  ASSERT_TRUE(refineBranch(CmpOp::Lt, true, true, W, K));
  EXPECT_EQ(W.U32Max, 99u);
  EXPECT_EQ(W.UMax, 99u);
  EXPECT_EQ(W.SMax, 99);
  EXPECT_EQ(W.Var, (Tnum{0, 0x7f}));
}

TEST(BranchPrecision, SignedCompare) {
  Scalar X, K = Scalar::constant(static_cast<uint64_t>(-5));
  ASSERT_TRUE(refineBranch(CmpOp::SGt, false, true, X, K));
  EXPECT_EQ(X.SMin, -4);
  Scalar Y, Zero = Scalar::constant(0);
  ASSERT_TRUE(refineBranch(CmpOp::SGe, false, true, Y, Zero));
  EXPECT_EQ(Y.SMin, 0);
  EXPECT_EQ(Y.UMax, static_cast<uint64_t>(INT64_MAX));
}

TEST(BranchPrecision, DecidedJumps) {
  Scalar Byte = applyAlu(AluOp::And, true, Scalar(), Scalar::constant(0xff));
  EXPECT_EQ(evaluateBranch(CmpOp::Gt, false, Byte, Scalar::constant(255)),
            BranchOutcome::NeverTaken);
  EXPECT_EQ(evaluateBranch(CmpOp::Le, false, Byte, Scalar::constant(255)),
            BranchOutcome::AlwaysTaken);
  EXPECT_EQ(evaluateBranch(CmpOp::Eq, false, Byte, Scalar::constant(256)),
            BranchOutcome::NeverTaken);
  EXPECT_EQ(evaluateBranch(CmpOp::Set, false, Byte, Scalar::constant(0x100)),
            BranchOutcome::NeverTaken);
  EXPECT_EQ(evaluateBranch(CmpOp::Set, false, Scalar::constant(6),
                           Scalar::constant(2)),
            BranchOutcome::AlwaysTaken);
  // Tnums that disagree on a known bit are never equal.
  Scalar Even = applyAlu(AluOp::And, true, Scalar(), Scalar::constant(~1ULL));
  EXPECT_EQ(evaluateBranch(CmpOp::Eq, false, Even, Scalar::constant(7)),
            BranchOutcome::NeverTaken);
  // Two unknown registers: undecided.
  EXPECT_EQ(evaluateBranch(CmpOp::Gt, false, Scalar(), Scalar()),
            BranchOutcome::Unknown);
}

TEST(BranchPrecision, SixtyFourBitEqualityUsesLowHalf) {
  // The 64-bit ranges allow 3, but the low half is known to be in [5, 10].
  Scalar X;
  X.U32Min = 5;
  X.U32Max = 10;
  EXPECT_EQ(evaluateBranch(CmpOp::Eq, false, X, Scalar::constant(3)),
            BranchOutcome::NeverTaken);
  EXPECT_EQ(evaluateBranch(CmpOp::Ne, false, X, Scalar::constant(3)),
            BranchOutcome::AlwaysTaken);
}

TEST(BranchPrecision, RegisterComparedWithItself) {
  // Kernel log for r8 = rand & 0xfff; r8 += -5; if r8 s> r8: both edges are
  // narrowed in place, as when one register is both operands.
  Scalar X = applyAlu(AluOp::And, true, Scalar(), Scalar::constant(0xfff));
  X = applyAlu(AluOp::Add, true, X,
               Scalar::constant(static_cast<uint64_t>(-5)));
  Scalar Taken = X, Fall = X;
  refineBranch(CmpOp::SGt, false, true, Taken, Taken);
  refineBranch(CmpOp::SGt, false, false, Fall, Fall);
  EXPECT_EQ(Taken.str(), "smin=smin32=-4,smax=smax32=4089");
  EXPECT_EQ(Fall.str(), "smin=smin32=-5,smax=smax32=4090");
  // A dead edge the kernel still walks, with the ranges reset.
  Scalar Bit = applyAlu(AluOp::Rsh, true, Scalar(), Scalar::constant(63));
  EXPECT_FALSE(refineBranch(CmpOp::Le, true, false, Bit, Bit));
  EXPECT_EQ(Bit.str(), "var_off=(0x0; 0x1)");
}

TEST(BranchPrecision, NotEqualAtABoundCollapsesTnum) {
  // Kernel log: r0 |= 0xe00; r0 &= 0xf00; if r0 == 0xe00 goto ...
  // the fall-through has R0=3840.
  Scalar X = applyAlu(AluOp::Or, true, Scalar(), Scalar::constant(0xe00));
  X = applyAlu(AluOp::And, true, X, Scalar::constant(0xf00));
  Scalar K = Scalar::constant(0xe00);
  ASSERT_EQ(evaluateBranch(CmpOp::Eq, false, X, K), BranchOutcome::Unknown);
  ASSERT_TRUE(refineBranch(CmpOp::Eq, false, false, X, K));
  EXPECT_EQ(X.str(), "3840");
}

TEST(BranchPrecision, SetEdges) {
  Scalar X, Bit = Scalar::constant(4);
  ASSERT_TRUE(refineBranch(CmpOp::Set, false, true, X, Bit));
  EXPECT_EQ(X.Var.Value & 4, 4u);
  Scalar Y, Mask = Scalar::constant(0xff);
  ASSERT_TRUE(refineBranch(CmpOp::Set, false, false, Y, Mask));
  EXPECT_EQ(Y.Var.Mask & 0xff, 0u);
  EXPECT_EQ(Y.Var.Value & 0xff, 0u);
}

TEST(BranchPrecision, ImpossibleEdge) {
  // [0, 10] in the ranges, but only even values in the tnum with 0 and 10
  // excluded by earlier jumps: equal to 5 is impossible.
  Scalar X = Scalar::unsignedRange(0, 10);
  Scalar Five = Scalar::constant(5);
  X.Var = Tnum{0, 0xe};
  X.sync();
  EXPECT_EQ(evaluateBranch(CmpOp::Eq, false, X, Five),
            BranchOutcome::NeverTaken);
  Scalar A = Scalar::unsignedRange(0, 3), B = Scalar::unsignedRange(5, 9);
  EXPECT_FALSE(refineBranch(CmpOp::Ge, false, true, A, B));
}

} // namespace

//===- ScalarTest.cpp - Membership, sync, lattice and coercions -----------===//
//
// The Scalar value type in isolation: the sampler really draws members,
// sync and the width changes never lose a member, join is an upper bound,
// subsumption agrees with membership, and the log text is the kernel's.
//
//===----------------------------------------------------------------------===//

#include "Sampler.h"

#include "verifiable/Domain/Scalar.h"

#include "gtest/gtest.h"

using namespace verifiable::domain;
using namespace verifiable::domain::test;

namespace {

constexpr int Rounds = 3000;

TEST(ScalarTest, ContainsChecksEveryComponent) {
  Scalar S = Scalar::unsignedRange(10, 20);
  EXPECT_TRUE(S.contains(10));
  EXPECT_TRUE(S.contains(20));
  EXPECT_FALSE(S.contains(9));
  EXPECT_FALSE(S.contains(21));
  Scalar T;
  T.S32Min = 0;
  EXPECT_FALSE(T.contains(0x80000000ULL));
  EXPECT_FALSE(T.contains(0x180000000ULL));
  EXPECT_TRUE(T.contains(0x17fffffffULL));
  T = Scalar();
  T.Var = Tnum{0, 0xff};
  EXPECT_TRUE(T.contains(0xff));
  EXPECT_FALSE(T.contains(0x100));
  EXPECT_TRUE(Scalar::unknown().contains(~0ULL));
  EXPECT_TRUE(Scalar::constant(5).contains(5));
  EXPECT_FALSE(Scalar::constant(5).contains(6));
}

TEST(ScalarTest, SamplerDrawsMembers) {
  Sampler Gen(10);
  for (int I = 0; I < Rounds; ++I) {
    Sampled X = Gen.scalar();
    ASSERT_TRUE(X.S.contains(X.Witness)) << X.S.str() << " " << X.Witness;
    for (int J = 0; J < 4; ++J)
      ASSERT_TRUE(X.S.contains(Gen.member(X)));
  }
}

TEST(ScalarTest, ConstructorsAreExact) {
  Scalar C = Scalar::constant(0xffffffffULL);
  EXPECT_TRUE(C.isConst());
  EXPECT_EQ(C.UMin, 0xffffffffULL);
  EXPECT_EQ(C.S32Min, -1);
  EXPECT_EQ(C.U32Max, 0xffffffffU);
  EXPECT_TRUE(C.satisfiesKernelInvariants());

  Scalar R = Scalar::unsignedRange(0, 255);
  EXPECT_EQ(R.Var, (Tnum{0, 0xff}));
  EXPECT_EQ(R.SMax, 255);
  EXPECT_EQ(R.U32Max, 255u);
  EXPECT_EQ(R.S32Min, 0);

  Scalar N = Scalar::signedRange(-3, -1);
  EXPECT_EQ(N.UMin, ~0ULL - 2);
  EXPECT_EQ(N.UMax, ~0ULL);
  EXPECT_EQ(N.S32Min, -3);
  EXPECT_EQ(N.S32Max, -1);
}

TEST(ScalarTest, SyncKeepsMembers) {
  Sampler Gen(11);
  for (int I = 0; I < Rounds; ++I) {
    Sampled X = Gen.scalar();
    Scalar Synced = X.S;
    Synced.sync();
    ASSERT_TRUE(Synced.contains(X.Witness))
        << X.S.str() << " -> " << Synced.str() << " lost " << X.Witness;
    for (int J = 0; J < 4; ++J) {
      uint64_t M = Gen.member(X);
      ASSERT_TRUE(Synced.contains(M)) << X.S.str() << " lost " << M;
    }
  }
}

TEST(ScalarTest, SyncedStatesSatisfyKernelInvariants) {
  Sampler Gen(12);
  for (int I = 0; I < Rounds; ++I) {
    Sampled X = Gen.scalar();
    X.S.sync();
    ASSERT_FALSE(X.S.isEmpty());
    ASSERT_TRUE(X.S.satisfiesKernelInvariants()) << X.S.str();
  }
}

TEST(ScalarTest, JoinIsAnUpperBound) {
  Sampler Gen(13);
  for (int I = 0; I < Rounds; ++I) {
    Sampled A = Gen.scalar(), B = Gen.scalar();
    Scalar J = A.S.join(B.S);
    ASSERT_TRUE(A.S <= J);
    ASSERT_TRUE(B.S <= J);
    ASSERT_TRUE(J.contains(Gen.member(A)));
    ASSERT_TRUE(J.contains(Gen.member(B)));
    ASSERT_EQ(A.S.join(A.S), A.S);
    ASSERT_EQ(J, B.S.join(A.S));
  }
}

TEST(ScalarTest, SubsumptionAgreesWithMembers) {
  Sampler Gen(14);
  for (int I = 0; I < Rounds; ++I) {
    Sampled A = Gen.scalar(), B = Gen.scalar();
    ASSERT_TRUE(A.S <= A.S);
    if (A.S <= B.S) {
      for (int J = 0; J < 4; ++J)
        ASSERT_TRUE(B.S.contains(Gen.member(A)));
    }
    if (A.S <= B.S && B.S <= A.S) {
      ASSERT_EQ(A.S, B.S);
    }
    // A narrowed copy is subsumed by the original.
    Scalar Narrow = A.S;
    Narrow.UMax = std::max(Narrow.UMin, Narrow.UMax / 2);
    if (Narrow.UMax <= A.S.UMax) {
      ASSERT_TRUE(Narrow <= A.S);
    }
  }
  EXPECT_TRUE(Scalar::unsignedRange(3, 5) <= Scalar::unsignedRange(0, 10));
  EXPECT_FALSE(Scalar::unsignedRange(0, 10) <= Scalar::unsignedRange(3, 5));
  EXPECT_TRUE(Scalar::constant(4) <= Scalar::unknown());
}

TEST(ScalarTest, WidthChangesKeepMembers) {
  Sampler Gen(15);
  for (int I = 0; I < Rounds; ++I) {
    Sampled X = Gen.scalar();
    uint64_t M = Gen.member(X);
    uint32_t Low = static_cast<uint32_t>(M);

    Scalar Z = X.S;
    Z.zext32();
    ASSERT_TRUE(Z.contains(Low)) << X.S.str();
    for (unsigned Bytes : {1u, 2u, 4u, 8u}) {
      uint64_t Keep = Bytes == 8 ? ~0ULL : (1ULL << (8 * Bytes)) - 1;
      Scalar T = X.S;
      T.truncate(Bytes);
      ASSERT_TRUE(T.contains(M & Keep)) << X.S.str() << " bytes " << Bytes;

      int64_t Wide = Bytes == 1   ? static_cast<int8_t>(M)
                     : Bytes == 2 ? static_cast<int16_t>(M)
                     : Bytes == 4 ? static_cast<int32_t>(M)
                                  : static_cast<int64_t>(M);
      Scalar S = X.S;
      S.signExtend(Bytes);
      ASSERT_TRUE(S.contains(static_cast<uint64_t>(Wide)))
          << X.S.str() << " bytes " << Bytes;
    }
    for (unsigned Bytes : {1u, 2u}) {
      int32_t Narrow =
          Bytes == 1 ? static_cast<int8_t>(M) : static_cast<int16_t>(M);
      Scalar S = X.S;
      S.signExtendSubreg(Bytes);
      ASSERT_TRUE(S.contains(static_cast<uint32_t>(Narrow)))
          << X.S.str() << " bytes " << Bytes;
    }
  }
}

TEST(ScalarTest, WidthChangesMatchKernel) {
  Scalar S = Scalar::unsignedRange(0x100, 0x1ff);
  S.truncate(1);
  EXPECT_EQ(S.UMax, 255u);
  EXPECT_EQ(S.Var, (Tnum{0, 0xff}));

  Scalar X = Scalar::unsignedRange(0x10, 0x7f);
  X.signExtend(1);
  EXPECT_EQ(X.SMin, 0x10);
  EXPECT_EQ(X.SMax, 0x7f);

  Scalar Y = Scalar::unsignedRange(0x70, 0x90);
  Y.signExtend(1);
  EXPECT_EQ(Y.SMin, -128);
  EXPECT_EQ(Y.SMax, 127);
  EXPECT_TRUE(Y.Var.isUnknown());

  Scalar C = Scalar::constant(0x80);
  C.signExtend(1);
  EXPECT_TRUE(C.isConst());
  EXPECT_EQ(C.constValue(), ~0ULL - 127);

  Scalar W = Scalar::constant(0xffff);
  W.signExtendSubreg(2);
  EXPECT_TRUE(W.isConst());
  EXPECT_EQ(W.constValue(), 0xffffffffULL);
}

TEST(ScalarTest, LogTextMatchesKernel) {
  // Texts as printed by the running kernel for the same states.
  EXPECT_EQ(Scalar::unknown().str(), "");
  EXPECT_EQ(Scalar::constant(5).str(), "5");
  EXPECT_EQ(Scalar::constant(~0ULL).str(), "-1");
  EXPECT_EQ(Scalar::constant(3840).str(), "3840");
  EXPECT_EQ(Scalar::constant(0x8000000000000000ULL).str(),
            "0x8000000000000000");
  EXPECT_EQ(Scalar::unsignedRange(0, 255).str(),
            "smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff)");
  EXPECT_EQ(Scalar::signedRange(-1, 0).str(), "smin=smin32=-1,smax=smax32=0");
  EXPECT_EQ(Scalar::signedRange(-255, 0).str(),
            "smin=smin32=-255,smax=smax32=0");
  Scalar Or;
  Or.Var = Tnum{0xe00, 0xfffffffffffff1ffULL};
  Or.UMin = 3584;
  Or.sync();
  EXPECT_EQ(Or.str(), "smin=0x8000000000000e00,umin=umin32=3584,"
                      "smin32=0x80000e00,var_off=(0xe00; 0xfffffffffffff1ff)");
}

} // namespace

//===- TnumTest.cpp - Soundness and exactness of the tnum domain ----------===//
//
// Every tnum operation must contain the concrete result for every pair of
// members; a few have exact answers that the kernel relies on (constants,
// ranges, the next member). Checked by sampling and on small exhaustive sets.
//
//===----------------------------------------------------------------------===//

#include "Sampler.h"

#include "verifiable/Domain/Tnum.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <vector>

using namespace verifiable::domain;
using namespace verifiable::domain::test;

namespace {

uint64_t memberOf(Sampler &Gen, Tnum T) {
  return T.Value | (Gen.value() & T.Mask);
}

/// All members of a tnum with few unknown bits.
std::vector<uint64_t> allMembers(Tnum T) {
  std::vector<uint64_t> Out;
  uint64_t Sub = 0;
  do {
    Out.push_back(T.Value | Sub);
    Sub = (Sub - T.Mask) & T.Mask;
  } while (Sub != 0);
  return Out;
}

TEST(TnumTest, Basics) {
  EXPECT_TRUE(Tnum().isUnknown());
  EXPECT_TRUE(Tnum::constant(7).isConst());
  EXPECT_TRUE(Tnum::constant(7).contains(7));
  EXPECT_FALSE(Tnum::constant(7).contains(6));
  EXPECT_EQ(Tnum::range(0, 255), (Tnum{0, 0xff}));
  EXPECT_EQ(Tnum::range(16, 31), (Tnum{16, 0xf}));
  EXPECT_EQ(Tnum::range(5, 5), Tnum::constant(5));
  EXPECT_TRUE(Tnum::range(0, ~0ULL).isUnknown());
  EXPECT_EQ(Tnum::constant(3).add(Tnum::constant(4)), Tnum::constant(7));
  EXPECT_EQ((Tnum{0, 0xff}).band(Tnum::constant(0xf)), (Tnum{0, 0xf}));
  EXPECT_EQ((Tnum{0x100, 0xff}).subreg(), (Tnum{0x100, 0xff}));
  EXPECT_EQ((Tnum{0x100000000ULL, 0xff}).subreg(), (Tnum{0, 0xff}));
  EXPECT_EQ(Tnum::constant(0x1234).bswap16(), Tnum::constant(0x3412));
  EXPECT_EQ(Tnum::constant(0x80000000).arsh(4, 32), Tnum::constant(0xf8000000));
}

TEST(TnumTest, LogText) {
  EXPECT_EQ(Tnum::constant(5).str(), "5");
  EXPECT_EQ(Tnum::constant(0x10000).str(), "0x10000");
  EXPECT_EQ((Tnum{0, 0xff}).str(), "(0x0; 0xff)");
  EXPECT_EQ((Tnum{0xe00, 0x100}).str(), "(0xe00; 0x100)");
}

TEST(TnumTest, MulMatchesKernel) {
  // var_off values printed by the running kernel for r6 *= r7.
  EXPECT_EQ((Tnum{0, 5}).mul(Tnum{0, 3}), (Tnum{0, 0xf}));
  EXPECT_EQ((Tnum{0, 0x1d}).mul(Tnum{0x100, 0x13}), (Tnum{0, 0x1fff}));
}

TEST(TnumTest, BinaryOpsAreSound) {
  Sampler Gen(1);
  for (int I = 0; I < 4000; ++I) {
    Tnum A = Gen.tnum(), B = Gen.tnum();
    for (int J = 0; J < 4; ++J) {
      uint64_t X = memberOf(Gen, A), Y = memberOf(Gen, B);
      ASSERT_TRUE(A.add(B).contains(X + Y));
      ASSERT_TRUE(A.sub(B).contains(X - Y));
      ASSERT_TRUE(A.mul(B).contains(X * Y));
      ASSERT_TRUE(A.band(B).contains(X & Y));
      ASSERT_TRUE(A.bor(B).contains(X | Y));
      ASSERT_TRUE(A.bxor(B).contains(X ^ Y));
      ASSERT_TRUE(A.neg().contains(0 - X));
      ASSERT_TRUE(A.join(B).contains(X) && A.join(B).contains(Y));
      ASSERT_TRUE(A.overlaps(B) || X != Y);
      if (B.contains(X)) {
        ASSERT_TRUE(A.intersect(B).contains(X));
      }
    }
  }
}

TEST(TnumTest, UnaryOpsAreSound) {
  Sampler Gen(2);
  for (int I = 0; I < 4000; ++I) {
    Tnum A = Gen.tnum();
    uint64_t X = memberOf(Gen, A);
    unsigned Sh = Gen.below(64), Sh32 = Gen.below(32);
    ASSERT_TRUE(A.lsh(Sh).contains(X << Sh));
    ASSERT_TRUE(A.rsh(Sh).contains(X >> Sh));
    ASSERT_TRUE(A.arsh(Sh, 64).contains(
        static_cast<uint64_t>(static_cast<int64_t>(X) >> Sh)));
    ASSERT_TRUE(A.subreg().arsh(Sh32, 32).contains(static_cast<uint32_t>(
        static_cast<int32_t>(static_cast<uint32_t>(X)) >> Sh32)));
    ASSERT_TRUE(A.bswap16().contains(__builtin_bswap16(X)));
    ASSERT_TRUE(A.bswap32().contains(__builtin_bswap32(X)));
    ASSERT_TRUE(A.bswap64().contains(__builtin_bswap64(X)));
    for (unsigned Bytes : {1u, 2u, 4u, 8u}) {
      uint64_t Keep = Bytes == 8 ? ~0ULL : (1ULL << (8 * Bytes)) - 1;
      ASSERT_TRUE(A.cast(Bytes).contains(X & Keep));
    }
    ASSERT_TRUE(A.umin() <= X && X <= A.umax());
    ASSERT_TRUE(A.smin() <= static_cast<int64_t>(X) &&
                static_cast<int64_t>(X) <= A.smax());
    Tnum B = Gen.tnum();
    uint64_t Y = memberOf(Gen, B);
    ASSERT_TRUE(
        A.withSubreg(B).contains((X & ~0xffffffffULL) | (Y & 0xffffffffULL)));
  }
}

TEST(TnumTest, RangeContainsItsInterval) {
  Sampler Gen(3);
  for (int I = 0; I < 4000; ++I) {
    uint64_t A = Gen.value(), B = Gen.value();
    if (A > B)
      std::swap(A, B);
    Tnum T = Tnum::range(A, B);
    ASSERT_TRUE(T.contains(A) && T.contains(B));
    uint64_t Mid = A + (B - A) / 2;
    ASSERT_TRUE(T.contains(Mid));
  }
}

TEST(TnumTest, SubsetAgreesWithMembers) {
  Sampler Gen(4);
  for (int I = 0; I < 4000; ++I) {
    Tnum A = Gen.tnum(), B = Gen.tnum();
    ASSERT_TRUE(A <= A);
    ASSERT_TRUE(A <= A.join(B));
    ASSERT_TRUE(B <= A.join(B));
    if (A <= B) {
      for (int J = 0; J < 4; ++J)
        ASSERT_TRUE(B.contains(memberOf(Gen, A)));
    }
    if (A <= B && B <= A) {
      ASSERT_EQ(A, B);
    }
  }
}

TEST(TnumTest, NextAfterIsTheNextMember) {
  Sampler Gen(5);
  for (int I = 0; I < 2000; ++I) {
    // Few unknown bits, spread over the word, so members can be listed.
    uint64_t Mask = 0;
    for (unsigned B = 0, N = Gen.below(9); B < N; ++B)
      Mask |= 1ULL << Gen.below(64);
    Tnum T{Gen.value() & ~Mask, Mask};
    std::vector<uint64_t> Members = allMembers(T);
    std::sort(Members.begin(), Members.end());
    for (int J = 0; J < 8; ++J) {
      uint64_t Z = Gen.chance(50)
                       ? Members[Gen.below(Members.size())] + Gen.below(3) - 1
                       : Gen.value();
      auto It = std::upper_bound(Members.begin(), Members.end(), Z);
      uint64_t Want = It == Members.end() ? T.umax() : *It;
      ASSERT_EQ(T.nextAfter(Z), Want) << T.str() << " after " << Z;
    }
  }
}

TEST(TnumTest, OverlapIsExact) {
  Sampler Gen(6);
  for (int I = 0; I < 2000; ++I) {
    uint64_t MaskA = Gen.below(256), MaskB = Gen.below(256);
    Tnum A{Gen.below(256) & ~MaskA, MaskA}, B{Gen.below(256) & ~MaskB, MaskB};
    bool Common = false;
    for (uint64_t X : allMembers(A))
      Common |= B.contains(X);
    ASSERT_EQ(A.overlaps(B), Common);
  }
}

} // namespace

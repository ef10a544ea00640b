//===- AluPrecisionTest.cpp - ALU results exactly as the kernel has them --===//
//
// Where the kernel's answer is exact (constants, masks, known shapes) our
// result must be the same, field by field: agreement depends on it. The
// expected texts below were printed by the running kernel (6.18) for the
// same instruction sequences.
//
//===----------------------------------------------------------------------===//

#include "ReferenceAlu.h"

#include "verifiable/Domain/AluOps.h"
#include "verifiable/Domain/Branch.h"

#include "gtest/gtest.h"

using namespace verifiable::domain;
using verifiable::domain::test::AllAluOps;
using verifiable::domain::test::NumAluOps;

namespace {

Scalar imm(int64_t V) { return Scalar::constant(static_cast<uint64_t>(V)); }

Scalar alu64(AluOp Op, const Scalar &Dst, int64_t K) {
  return applyAlu(Op, /*Is64=*/true, Dst, imm(K));
}

Scalar alu32(AluOp Op, const Scalar &Dst, int64_t K) {
  return applyAlu(Op, /*Is64=*/false, Dst, imm(K));
}

TEST(AluPrecision, ConstantsFold) {
  EXPECT_EQ(alu64(AluOp::Add, imm(3), 4), imm(7));
  EXPECT_EQ(alu64(AluOp::Sub, imm(3), 4), imm(-1));
  EXPECT_EQ(alu64(AluOp::Mul, imm(6), 7), imm(42));
  EXPECT_EQ(alu64(AluOp::And, imm(0xf0), 0x3c), imm(0x30));
  EXPECT_EQ(alu64(AluOp::Or, imm(0xf0), 0x0f), imm(0xff));
  EXPECT_EQ(alu64(AluOp::Xor, imm(0xff), 0x0f), imm(0xf0));
  EXPECT_EQ(alu64(AluOp::Lsh, imm(1), 40), imm(1LL << 40));
  EXPECT_EQ(alu64(AluOp::Rsh, imm(-1), 60), imm(0xf));
  EXPECT_EQ(alu64(AluOp::Arsh, imm(-16), 2), imm(-4));
  EXPECT_EQ(alu32(AluOp::Add, imm(0xffffffff), 1), imm(0));
  EXPECT_EQ(alu32(AluOp::Sub, imm(0), 1), imm(0xffffffff));
  EXPECT_EQ(alu32(AluOp::Arsh, imm(0x80000000), 31), imm(0xffffffff));
  EXPECT_EQ(applyAlu(AluOp::Neg, true, imm(5), Scalar()), imm(-5));
  EXPECT_EQ(applyAlu(AluOp::Neg, false, imm(5), Scalar()), imm(0xfffffffb));
  EXPECT_EQ(applyAlu(AluOp::Mov, false, Scalar(), imm(-1)), imm(0xffffffff));
  EXPECT_EQ(applyAlu(AluOp::MovSx8, true, Scalar(), imm(0x80)), imm(-128));
  EXPECT_EQ(applyAlu(AluOp::Bswap16, true, imm(0x1234), Scalar()), imm(0x3412));
  EXPECT_EQ(applyAlu(AluOp::ToLE16, false, imm(0x12345678), Scalar()),
            imm(0x5678));
}

TEST(AluPrecision, MaskGivesRange) {
  Scalar X = alu64(AluOp::And, Scalar(), 0xff);
  EXPECT_EQ(X.UMax, 255u);
  EXPECT_EQ(X.UMin, 0u);
  EXPECT_EQ(X.SMax, 255);
  EXPECT_EQ(X.U32Max, 255u);
  EXPECT_EQ(X.Var, (Tnum{0, 0xff}));
  EXPECT_EQ(X.str(),
            "smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff)");
}

TEST(AluPrecision, KernelLogShapes) {
  Scalar A = alu64(AluOp::And, Scalar(), 16128);
  EXPECT_EQ(A.str(), "smin=smin32=0,smax=umax=smax32=umax32=16128,"
                     "var_off=(0x0; 0x3f00)");
  EXPECT_EQ(applyAlu(AluOp::ToBE16, false, A, Scalar()).str(),
            "smin=smin32=0,smax=umax=smax32=umax32=63,var_off=(0x0; 0x3f)");

  Scalar B = alu64(AluOp::And, Scalar(), 255);
  EXPECT_EQ(applyAlu(AluOp::Neg, true, Scalar(), Scalar()).str(), "");
  EXPECT_EQ(applyAlu(AluOp::Neg, true, B, Scalar()).str(),
            "smin=smin32=-255,smax=smax32=0");

  EXPECT_EQ(alu64(AluOp::Arsh, Scalar(), 63).str(),
            "smin=smin32=-1,smax=smax32=0");

  Scalar P = alu64(AluOp::And, Scalar(), 5), Q = alu64(AluOp::And, Scalar(), 3);
  EXPECT_EQ(applyAlu(AluOp::Mul, true, P, Q).str(),
            "smin=smin32=0,smax=umax=smax32=umax32=15,var_off=(0x0; 0xf)");

  Scalar R = alu64(AluOp::Or, alu64(AluOp::And, Scalar(), 19), 256);
  EXPECT_EQ(R.str(), "smin=umin=smin32=umin32=256,smax=umax=smax32=umax32=275,"
                     "var_off=(0x100; 0x13)");
  Scalar S = alu64(AluOp::And, Scalar(), 29);
  EXPECT_EQ(applyAlu(AluOp::Mul, true, S, R).str(),
            "smin=smin32=0,smax=umax=smax32=umax32=7975,var_off=(0x0; 0x1fff)");

  Scalar T = alu64(AluOp::Or, Scalar(), 3584);
  EXPECT_EQ(T.str(), "smin=0x8000000000000e00,umin=umin32=3584,"
                     "smin32=0x80000e00,var_off=(0xe00; 0xfffffffffffff1ff)");
  EXPECT_EQ(alu64(AluOp::And, T, 3840).str(),
            "smin=umin=smin32=umin32=3584,smax=umax=smax32=umax32=3840,"
            "var_off=(0xe00; 0x100)");
}

TEST(AluPrecision, UntrackedResultsAreUnknown) {
  Scalar Small = alu64(AluOp::And, Scalar(), 255);
  // Division and modulo are not tracked, not even their 32-bit forms.
  EXPECT_EQ(alu64(AluOp::Div, Small, 3), Scalar());
  EXPECT_EQ(alu32(AluOp::Div, Small, 3), Scalar());
  EXPECT_EQ(alu64(AluOp::Mod, Small, 3), Scalar());
  EXPECT_EQ(alu64(AluOp::SDiv, imm(10), 2), Scalar());
  // Shifts by an unknown amount.
  EXPECT_EQ(applyAlu(AluOp::Lsh, true, Small, Small), Scalar());
  EXPECT_EQ(applyAlu(AluOp::Rsh, false, Small, Small), Scalar());
  // A 32-bit shift whose amount has unknown upper bits.
  Scalar LowConst;
  LowConst.Var = Tnum{3, 0xffffffff00000000ULL};
  LowConst.sync();
  EXPECT_EQ(applyAlu(AluOp::Lsh, false, Small, LowConst), Scalar());
}

TEST(AluPrecision, ThirtyTwoBitResultsAreZeroExtended) {
  Scalar X = alu32(AluOp::Add, Scalar(), 1);
  EXPECT_EQ(X.UMax, 0xffffffffULL);
  EXPECT_EQ(X.SMin, 0);
  EXPECT_EQ(X.Var, (Tnum{0, 0xffffffff}));
  Scalar Y = applyAlu(AluOp::Mov, false, Scalar(), Scalar());
  EXPECT_EQ(Y.str(), "smin=0,smax=umax=0xffffffff,var_off=(0x0; 0xffffffff)");
}

TEST(AluPrecision, ShiftsByConstants) {
  Scalar Byte = alu64(AluOp::And, Scalar(), 0xff);
  Scalar L = alu64(AluOp::Lsh, Byte, 8);
  EXPECT_EQ(L.UMax, 0xff00u);
  EXPECT_EQ(L.Var, (Tnum{0, 0xff00}));
  Scalar R = alu64(AluOp::Rsh, Byte, 4);
  EXPECT_EQ(R.UMax, 0xfu);
  // The "<<32 s>>32" sign-extension idiom keeps the s32 range.
  Scalar W = Scalar::signedRange(-5, 5);
  Scalar Up = alu64(AluOp::Lsh, W, 32);
  Scalar Back = alu64(AluOp::Arsh, Up, 32);
  EXPECT_EQ(Back.SMin, -5);
  EXPECT_EQ(Back.SMax, 5);
}

TEST(AluPrecision, ImmediateExtensionOnlyMattersAt64Bits) {
  // The kernel sign-extends imm32 into its fake source register; 32-bit
  // ALU and JMP32 read only its low half. So the engine may pass a 32-bit
  // immediate zero-extended: both give the same result.
  Scalar SignExt = imm(-5);
  Scalar ZeroExt = Scalar::constant(0xfffffffbULL);
  Scalar Dst = Scalar::unsignedRange(3, 0x1ffffffffULL);
  for (unsigned I = 0; I < NumAluOps; ++I) {
    AluOp Op = AllAluOps[I];
    EXPECT_EQ(applyAlu(Op, false, Dst, SignExt).str(),
              applyAlu(Op, false, Dst, ZeroExt).str())
        << aluOpName(Op);
  }
  for (CmpOp Op : {CmpOp::Eq, CmpOp::Gt, CmpOp::SLt, CmpOp::Set}) {
    Scalar L1 = Dst, R1 = SignExt, L2 = Dst, R2 = ZeroExt;
    EXPECT_EQ(evaluateBranch(Op, true, L1, R1),
              evaluateBranch(Op, true, L2, R2));
    EXPECT_EQ(refineBranch(Op, true, true, L1, R1),
              refineBranch(Op, true, true, L2, R2));
    EXPECT_EQ(L1.str(), L2.str());
  }
  // At 64 bits the extension is the value.
  EXPECT_NE(applyAlu(AluOp::Add, true, Dst, SignExt).str(),
            applyAlu(AluOp::Add, true, Dst, ZeroExt).str());
}

} // namespace

//===- AluSoundnessTest.cpp - Every ALU result contains the real result ---===//
//
// For random abstract operands and random concrete members of them, the BPF
// result computed by the reference ALU must be a member of applyAlu's
// result, for every operation at both widths, with register and immediate
// sources.
//
//===----------------------------------------------------------------------===//

#include "ReferenceAlu.h"
#include "Sampler.h"

#include "verifiable/Domain/AluOps.h"

#include "gtest/gtest.h"

#include <string>

using namespace verifiable::domain;
using namespace verifiable::domain::test;

namespace {

constexpr int Pairs = 1500;
constexpr int MembersPerPair = 3;

bool isShift(AluOp Op) {
  return Op == AluOp::Lsh || Op == AluOp::Rsh || Op == AluOp::Arsh;
}

std::string describe(AluOp Op, bool Is64, const Scalar &Dst, const Scalar &Src,
                     uint64_t D, uint64_t S, const Scalar &R) {
  return std::string(aluOpName(Op)) + (Is64 ? "64" : "32") + " dst={" +
         Dst.str() + "} src={" + Src.str() + "} d=" + std::to_string(D) +
         " s=" + std::to_string(S) + " result={" + R.str() + "}";
}

void checkOp(Sampler &Gen, AluOp Op, bool Is64, const Sampled &Dst,
             const Sampled &Src) {
  Scalar R = applyAlu(Op, Is64, Dst.S, Src.S);
  for (int K = 0; K < MembersPerPair; ++K) {
    uint64_t D = Gen.member(Dst), S = Gen.member(Src);
    uint64_t Want = evalAlu(Op, Is64, D, S);
    ASSERT_TRUE(R.contains(Want))
        << describe(Op, Is64, Dst.S, Src.S, D, S, R) << " want " << Want;
  }
}

class AluSoundness : public ::testing::TestWithParam<AluOp> {};

TEST_P(AluSoundness, RegisterSource) {
  AluOp Op = GetParam();
  Sampler Gen(100 + static_cast<int>(Op));
  for (int I = 0; I < Pairs; ++I) {
    Sampled Dst = Gen.scalar(), Src = Gen.scalar();
    for (bool Is64 : {true, false}) {
      checkOp(Gen, Op, Is64, Dst, Src);
      if (HasFatalFailure())
        return;
    }
  }
}

TEST_P(AluSoundness, ImmediateSource) {
  AluOp Op = GetParam();
  Sampler Gen(200 + static_cast<int>(Op));
  for (int I = 0; I < Pairs; ++I) {
    Sampled Dst = Gen.scalar();
    for (bool Is64 : {true, false}) {
      // The kernel's fake register for an immediate: sign-extended imm.
      int32_t Imm = static_cast<int32_t>(Gen.value());
      if (isShift(Op))
        Imm = static_cast<int32_t>(Gen.below(Is64 ? 64 : 32));
      uint64_t K = static_cast<uint64_t>(static_cast<int64_t>(Imm));
      checkOp(Gen, Op, Is64, Dst, Sampled{Scalar::constant(K), K});
      if (HasFatalFailure())
        return;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllOps, AluSoundness,
                         ::testing::ValuesIn(AllAluOps, AllAluOps + NumAluOps),
                         [](const ::testing::TestParamInfo<AluOp> &Info) {
                           return std::string(aluOpName(Info.param));
                         });

} // namespace

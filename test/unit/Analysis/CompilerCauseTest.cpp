//===- CompilerCauseTest.cpp - Rejections the compiler made ---------------===//
//
// findCompilerCause() must find the register pair behind a rejection only
// when the two registers provably hold the same value (the same address
// loaded twice with nothing in between, the same extension of the same
// definition), and classifyRejection() must call a rejection compiler-made
// only when the engine accepts the program with the use reading the
// checked register. The shapes are the ones clang 22 emits for
// test/corpus/compiler-shapes and test/lit/engine/compiler-cause*.c.
//
//===----------------------------------------------------------------------===//
#include "Asm.h"

#include "verifiable/Analysis/CompilerCause.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

constexpr uint32_t ArrayMap = 2;

Code lookupPrologue() {
  return seq({mov(R6, R1), mov(R1, 0), stx(BPF_W, R10, -4, R1), mov(R2, R10),
              add(R2, -4), ldMap(R1, "vals"), call(1)});
}

/// The CO-RE shape of `if (skb->mark < 16) v->arr[skb->mark]++`: the check
/// on one load of the field, the index from a second one. \p Between is
/// put between the check and the second load; \p SecondOff is where the
/// second load reads.
Program reloadProgram(Code Between = {}, int16_t SecondOff = 8) {
  int16_t Skip = static_cast<int16_t>(6 + Between.size());
  return program("tc",
                 {lookupPrologue(),              // 0..7
                  jmp(BPF_JEQ, R0, 0, Skip + 2), // 8
                  ldx(BPF_W, R1, R6, 8),         // 9
                  jmp32(BPF_JGT, R1, 15, Skip),  // 10
                  Between,                       //
                  ldx(BPF_W, R1, R6, SecondOff), // 11
                  alu64(BPF_LSH, R1, 3),         // 12
                  add(R0, R1),                   // 13
                  ldx(BPF_DW, R2, R0, 0),        // 14
                  add(R2, 1), stx(BPF_DW, R0, 0, R2), mov(R0, 0), exit()},
                 {map("vals", ArrayMap, 4, 128, 1)});
}

/// The shape of `signed char c = skb->mark; if (c >= 0 && c < 64)
/// h->slot[c]++`: the check on a 32-bit sign extension (w2), the index a
/// 64-bit sign extension of the same load, scaled by 8.
Program extensionProgram(int UseShift = 56) {
  return program("tc",
                 {lookupPrologue(),                  // 0..7
                  jmp(BPF_JEQ, R0, 0, 12),           // 8
                  ldx(BPF_W, R1, R6, 8),             // 9
                  alu32(BPF_MOV, R2, R1),            // 10
                  alu32(BPF_LSH, R2, 24),            // 11
                  alu32(BPF_ARSH, R2, 24),           // 12
                  jmp32(BPF_JSLT, R2, 0, 7),         // 13
                  jmp32(BPF_JSGT, R2, 63, 6),        // 14
                  alu64(BPF_LSH, R1, UseShift),      // 15
                  alu64(BPF_ARSH, R1, UseShift - 3), // 16
                  add(R0, R1),                       // 17
                  ldx(BPF_DW, R1, R0, 0),            // 18
                  add(R1, 1), stx(BPF_DW, R0, 0, R1), mov(R0, 0), exit()},
                 {map("vals", ArrayMap, 4, 512, 1)});
}

TEST(CompilerCause, ReloadedFieldIsFound) {
  Program P = reloadProgram();
  auto C = findCompilerCause(P.Functions.front(), 14);
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Pattern, CausePattern::Reload);
  EXPECT_EQ(C->CheckInsn, 10);
  EXPECT_EQ(C->CheckReg, 1);
  EXPECT_TRUE(C->Check32);
  EXPECT_EQ(C->RemakeInsn, 11);
  EXPECT_EQ(C->UseReg, 1);
  ASSERT_EQ(C->Patches.size(), 1u);
  EXPECT_EQ(C->Patches[0].Index, 11);
  EXPECT_EQ(C->Patches[0].Replacement.str(), "r1 = r1");
}

TEST(CompilerCause, ReloadAfterAStoreIsNotTheSameValue) {
  Program P = reloadProgram(st(BPF_W, R10, -8, 0));
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 15));
}

TEST(CompilerCause, VolatileLoadsAreTheSourcesReads) {
  // `READ_ONCE(x)` twice: the source asks for two reads.
  Program P = reloadProgram();
  P.Functions.front().Insns[9].Volatile = true;
  P.Functions.front().Insns[11].Volatile = true;
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 14));
  Finding F = analyze(P);
  ASSERT_EQ(F.V, Verdict::Reject);
  EXPECT_TRUE(F.Cause.Pattern.empty());
}

TEST(CompilerCause, ReloadAfterACallIsNotTheSameValue) {
  Program P = reloadProgram(call(7)); // bpf_get_prandom_u32
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 15));
}

TEST(CompilerCause, ReloadThroughAnotherBaseIsNotTheSameValue) {
  Program P = reloadProgram(mov(R6, R0));
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 15));
}

TEST(CompilerCause, LoadOfAnotherFieldIsNotTheSameValue) {
  Program P = reloadProgram({}, 0);
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 14));
}

TEST(CompilerCause, ReloadAfterAMergeIsNotFound) {
  // Two edges reach the second load (a jump of length 0 and the
  // fall-through): at a merge the walk stops, since another path need not
  // have passed the check.
  Program P =
      program("tc",
              {lookupPrologue(), jmp(BPF_JEQ, R0, 0, 9), ldx(BPF_W, R1, R6, 8),
               jmp32(BPF_JGT, R1, 15, 7), jmp(BPF_JEQ, R1, 3, 0),
               ldx(BPF_W, R1, R6, 8), alu64(BPF_LSH, R1, 3), add(R0, R1),
               ldx(BPF_DW, R2, R0, 0), add(R2, 1), mov(R0, 0), exit()},
              {map("vals", ArrayMap, 4, 128, 1)});
  // Insn 12 is the target of both the fall-through and the jump at 11.
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 15));
}

TEST(CompilerCause, ExtensionCopyIsFound) {
  Program P = extensionProgram();
  auto C = findCompilerCause(P.Functions.front(), 18);
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Pattern, CausePattern::ExtensionCopy);
  EXPECT_EQ(C->CheckInsn, 14);
  EXPECT_EQ(C->CheckReg, 2);
  EXPECT_TRUE(C->Check32);
  EXPECT_EQ(C->RemakeInsn, 15);
  EXPECT_EQ(C->UseReg, 1);
  ASSERT_EQ(C->Patches.size(), 2u);
  EXPECT_EQ(C->Patches[0].Replacement.str(), "r1 = (s32)r2");
  EXPECT_EQ(C->Patches[1].Replacement.str(), "r1 <<= 3");
}

TEST(CompilerCause, ThirtyTwoBitScaledUseIsPatchedIn32Bits) {
  // The use extends and scales in 32 bits (w1 <<= 24; w1 s>>= 21): the
  // patch must scale in 32 bits too, or it would not compute the same
  // value for a negative c.
  Program P = extensionProgram();
  Insn &Shl = P.Functions.front().Insns[15];
  Insn &Sar = P.Functions.front().Insns[16];
  Shl = alu32(BPF_LSH, R1, 24).front();
  Sar = alu32(BPF_ARSH, R1, 21).front();
  auto C = findCompilerCause(P.Functions.front(), 17);
  ASSERT_TRUE(C);
  ASSERT_EQ(C->Patches.size(), 2u);
  EXPECT_EQ(C->Patches[0].Replacement.str(), "w1 = w2");
  EXPECT_EQ(C->Patches[1].Replacement.str(), "w1 <<= 3");
}

TEST(CompilerCause, ExtensionOfAnotherWidthIsNotTheSameValue) {
  // The use sign-extends 16 bits, the check 8: different values.
  Program P = extensionProgram(48);
  EXPECT_FALSE(findCompilerCause(P.Functions.front(), 18));
}

TEST(CompilerCause, ReloadRejectionIsCompilerMade) {
  Finding F = analyze(reloadProgram());
  ASSERT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.InsnIndex, 14);
  EXPECT_EQ(F.Cause.Pattern, "reload");
  EXPECT_EQ(F.Cause.CheckReg, "w1");
  EXPECT_EQ(F.Cause.UseReg, "r1");
  EXPECT_EQ(F.Cause.Check.InsnIndex, 10);
  EXPECT_EQ(F.Cause.Use.InsnIndex, 11);
  EXPECT_FALSE(F.Cause.Workaround.empty());
}

TEST(CompilerCause, ExtensionRejectionIsCompilerMade) {
  Finding F = analyze(extensionProgram());
  ASSERT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Cause.Pattern, "extension-copy");
  EXPECT_EQ(F.Cause.CheckReg, "w2");
  EXPECT_EQ(F.Cause.UseReg, "r1");
}

TEST(CompilerCause, TooWideCheckIsNotCompilerMade) {
  // The field is loaded twice, but the check (< 32 slots of a 16-slot
  // value) would not make the access safe even on the checked register:
  // the patched program is still rejected, so no claim is made.
  Program P =
      program("tc",
              {lookupPrologue(), jmp(BPF_JEQ, R0, 0, 8), ldx(BPF_W, R1, R6, 8),
               jmp32(BPF_JGT, R1, 31, 6), ldx(BPF_W, R1, R6, 8),
               alu64(BPF_LSH, R1, 3), add(R0, R1), ldx(BPF_DW, R2, R0, 0),
               add(R2, 1), stx(BPF_DW, R0, 0, R2), mov(R0, 0), exit()},
              {map("vals", ArrayMap, 4, 128, 1)});
  ASSERT_TRUE(findCompilerCause(P.Functions.front(), 14));
  Finding F = analyze(P);
  ASSERT_EQ(F.V, Verdict::Reject);
  EXPECT_TRUE(F.Cause.Pattern.empty()) << F.Cause.Check.Text;
}

TEST(CompilerCause, UncheckedIndexIsNotCompilerMade) {
  // No check at all: the source's fault.
  Program P =
      program("tc",
              {lookupPrologue(), jmp(BPF_JEQ, R0, 0, 7), ldx(BPF_W, R1, R6, 8),
               ldx(BPF_W, R1, R6, 8), alu64(BPF_LSH, R1, 3), add(R0, R1),
               ldx(BPF_DW, R2, R0, 0), add(R2, 1), stx(BPF_DW, R0, 0, R2),
               mov(R0, 0), exit()},
              {map("vals", ArrayMap, 4, 128, 1)});
  Finding F = analyze(P);
  ASSERT_EQ(F.V, Verdict::Reject);
  EXPECT_TRUE(F.Cause.Pattern.empty());
}

} // namespace

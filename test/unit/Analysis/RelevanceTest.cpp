//===- RelevanceTest.cpp - Which registers and slots can still matter -----===//
//
// Relevance stands in for the kernel's liveness and precision marks when
// pruning. Too small a set prunes paths the kernel would check (unsound);
// these tests pin what is and is not relevant for straight-line code,
// stack slots, branches, calls and the checked return value.
//
//===----------------------------------------------------------------------===//
#include "Relevance.h"
#include "Asm.h"
#include "ProgramImage.h"

#include "verifiable/Model/Helpers.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::analysis;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

uint16_t regs(std::initializer_list<int> Rs) {
  uint16_t Bits = 0;
  for (int R : Rs)
    Bits |= 1u << R;
  return Bits;
}

TEST(Relevance, DeadDefinitionIsIrrelevant) {
  Program P = program("xdp", {mov(R1, 1), mov(R2, 2), mov(R0, R1), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, /*EntryReturnChecked=*/true);
  EXPECT_EQ(Rel.at(3).Regs, regs({0}));
  EXPECT_EQ(Rel.at(2).Regs, regs({1}));
  EXPECT_EQ(Rel.at(1).Regs, regs({1})) << "r2 is never read";
  EXPECT_EQ(Rel.at(0).Regs, 0);
}

TEST(Relevance, UncheckedReturnValueIsIrrelevant) {
  Program P = program("xdp", {mov(R1, 1), mov(R0, R1), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, /*EntryReturnChecked=*/false);
  EXPECT_EQ(Rel.at(2).Regs, 0);
  EXPECT_EQ(Rel.at(1).Regs, 0);
}

TEST(Relevance, BranchOperandsAreRelevant) {
  Program P =
      program("xdp", {mov(R0, 0), jmp(BPF_JGT, R1, R2, 1), mov(R3, 1), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_EQ(Rel.at(1).Regs, regs({0, 1, 2}));
  EXPECT_EQ(Rel.at(2).Regs, regs({0}));
}

TEST(Relevance, StackSlotsFollowSpillsAndFills) {
  Program P =
      program("xdp", {stx(BPF_DW, R10, -8, R1), stx(BPF_DW, R10, -16, R2),
                      ldx(BPF_DW, R0, R10, -8), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  // Before the fill of fp-8 (slot 0): that slot matters, fp-16 does not.
  EXPECT_TRUE(Rel.at(2).Slots.test(0));
  EXPECT_FALSE(Rel.at(2).Slots.test(1));
  // The spill of r2 into a dead slot does not make r2 relevant.
  EXPECT_FALSE(Rel.at(1).reg(2));
  EXPECT_TRUE(Rel.at(1).Slots.test(0));
  // The 8-byte spill overwrites slot 0: before it, r1 matters, slot 0 not.
  EXPECT_TRUE(Rel.at(0).reg(1));
  EXPECT_FALSE(Rel.at(0).Slots.test(0));
}

TEST(Relevance, NarrowStoreKeepsTheRestOfTheSlot) {
  Program P =
      program("xdp", {st(BPF_W, R10, -8, 0), ldx(BPF_DW, R0, R10, -8), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_TRUE(Rel.at(0).Slots.test(0));
}

TEST(Relevance, CallsReadArgumentsAndTheStack) {
  Program P = program("xdp", {mov(R6, 1), call(model::BPF_FUNC_ktime_get_ns),
                              mov(R0, 2), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_EQ(Rel.at(1).Regs, regs({1, 2, 3, 4, 5}));
  EXPECT_TRUE(Rel.at(1).Slots.all());
  EXPECT_FALSE(Rel.at(1).reg(6));
}

TEST(Relevance, LoopReachesAFixpoint) {
  // r2 counts down; it decides the loop branch at every iteration.
  Program P = program("xdp", {mov(R2, 10), alu64(BPF_SUB, R2, 1),
                              jmp(BPF_JNE, R2, 0, -2), mov(R0, 2), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_TRUE(Rel.at(1).reg(2));
  EXPECT_TRUE(Rel.at(2).reg(2));
  EXPECT_FALSE(Rel.at(0).reg(2));
}

} // namespace

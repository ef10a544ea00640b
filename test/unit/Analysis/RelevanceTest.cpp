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
#include "StackPointers.h"

#include "verifiable/Model/Helpers.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::analysis;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

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

TEST(Relevance, StoreThroughAMapPointerDoesNotKeepTheValue) {
  // r6 = sum; r1 = map value; *(u64 *)(r1 + 0) = r6: the map never gives
  // r6 back as itself, so r6 need not match between states.
  Program P = program("xdp", {mov(R6, 7), ldMap(R1, "m"),
                              stx(BPF_DW, R1, 0, R6), mov(R0, 2), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_FALSE(Rel.at(3).reg(6));
  EXPECT_TRUE(Rel.at(3).reg(1)) << "the address still matters";
}

TEST(Relevance, StoreThroughACopyOfTheFramePointerKeepsTheValue) {
  // r1 = fp - 8; *(u64 *)(r1 + 0) = r6; r0 = *(u64 *)(fp - 8).
  Program P = program("xdp", {mov(R1, R10), add(R1, -8), stx(BPF_DW, R1, 0, R6),
                              ldx(BPF_DW, R0, R10, -8), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_TRUE(Rel.at(2).reg(6));
}

TEST(Relevance, LoadThroughAContextPointerReadsNoStackSlot) {
  // r2 = *(u32 *)(r1 + 0) with r1 the context: no slot becomes relevant.
  Program P =
      program("xdp", {stx(BPF_DW, R10, -8, R3), ldx(BPF_W, R0, R1, 0), exit()});
  ProgramImage Image(P, P.Functions.front());
  Relevance Rel(Image, true);
  EXPECT_FALSE(Rel.at(1).Slots.test(0));
  EXPECT_FALSE(Rel.at(0).reg(3)) << "the spill is never read back";
}

TEST(StackPointers, FollowsCopiesFillsAndCalls) {
  Program P =
      program("xdp", {mov(R2, R10), add(R2, -8), stx(BPF_DW, R10, -16, R2),
                      ldx(BPF_DW, R3, R10, -16), ldMap(R4, "m"),
                      ldx(BPF_DW, R5, R4, 0), alu32(BPF_MOV, R2, R2),
                      call(model::BPF_FUNC_ktime_get_ns), exit()});
  ProgramImage Image(P, P.Functions.front());
  StackPointers Stack(Image);
  EXPECT_TRUE(Stack.mayPointToStack(0, 10));
  EXPECT_FALSE(Stack.mayPointToStack(0, 1)) << "the entry's R1 is its context";
  EXPECT_TRUE(Stack.mayPointToStack(2, 2)) << "a copy of the frame pointer";
  EXPECT_TRUE(Stack.mayPointToStack(4, 3)) << "filled from the stack";
  EXPECT_FALSE(Stack.mayPointToStack(6, 4)) << "a map's address";
  EXPECT_FALSE(Stack.mayPointToStack(7, 5)) << "loaded through the map";
  EXPECT_FALSE(Stack.mayPointToStack(8, 2)) << "32-bit moves give scalars";
  EXPECT_FALSE(Stack.mayPointToStack(9, 0)) << "helpers return no stack";
}

} // namespace

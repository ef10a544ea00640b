//===- PrecisionTest.cpp - Backtracking what a path depended on -----------===//
//
// Precision marks decide which scalars pruning compares. A mark missing
// where the kernel sets one prunes a path the kernel verifies (a false
// accept); a mark set where the kernel sets none costs pruning. These tests
// pin the backward walk over single instructions (moves, arithmetic, spills
// and fills, comparisons and their linked scalars, calls into and out of
// static functions), what an instruction depends on, the marking of a
// checkpoint, and that a whole program converges with the marks where it
// does not without them.
//
//===----------------------------------------------------------------------===//
#include "Precision.h"
#include "Asm.h"
#include "ProgramImage.h"

#include "verifiable/Model/Helpers.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::analysis;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

FrameSets need(int Frame, std::initializer_list<int> Rs) {
  FrameSets N;
  N.at(Frame).Regs = regs(Rs);
  return N;
}

/// One frame: r10 the frame pointer, everything else unknown scalars.
VerifierState scalarState() {
  VerifierState S;
  S.Frames.emplace_back();
  for (int R = 0; R < 10; ++R)
    S.Frames[0].Regs[R] = RegState::unknownScalar();
  S.Frames[0].Regs[10] = RegState::pointer(RegType::Stack);
  return S;
}

/// Walks the entries of \p Pcs (executed in this order, all in frame 0)
/// backwards from \p N.
bool walk(const ProgramImage &Image, const VerifierState &S,
          std::initializer_list<int> Pcs, FrameSets &N) {
  LinkedPool Pool;
  std::vector<HistoryEntry> History;
  for (int Pc : Pcs)
    History.push_back(recordEntry(Image, Pc, S, Pool));
  int Frame = 0;
  for (auto It = History.rbegin(); It != History.rend(); ++It)
    if (!backtrackEntry(Image, *It, Pool, N, Frame))
      return false;
  return true;
}

TEST(Precision, MovesAndArithmeticLeadToTheSources) {
  Program P = program("xdp", {mov(R1, R2), add(R1, R3), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N = need(0, {1});
  ASSERT_TRUE(walk(Image, scalarState(), {0, 1}, N));
  EXPECT_EQ(N.at(0).Regs, regs({2, 3}));
}

TEST(Precision, AConstantEndsTheChain) {
  Program P = program("xdp", {mov(R1, 5), add(R1, 3), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N = need(0, {1});
  ASSERT_TRUE(walk(Image, scalarState(), {0, 1}, N));
  EXPECT_TRUE(N.empty());
}

TEST(Precision, AFillNeedsTheSlotAndTheSpillNeedsItsSource) {
  Program P = program(
      "xdp", {stx(BPF_DW, R10, -16, R2), ldx(BPF_DW, R1, R10, -16), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N = need(0, {1});
  LinkedPool Pool;
  HistoryEntry Fill = recordEntry(Image, 1, scalarState(), Pool);
  EXPECT_EQ(Fill.StackFrame, 0);
  EXPECT_EQ(Fill.SlotLo, 1);
  EXPECT_EQ(Fill.SlotHi, 1);
  ASSERT_TRUE(walk(Image, scalarState(), {1}, N));
  EXPECT_EQ(N.at(0).Regs, 0);
  EXPECT_TRUE(N.at(0).Slots.test(1));
  ASSERT_TRUE(walk(Image, scalarState(), {0}, N));
  EXPECT_EQ(N.at(0).Regs, regs({2}));
  EXPECT_FALSE(N.at(0).Slots.test(1)) << "the whole slot was overwritten";
}

TEST(Precision, APartialStoreKeepsTheRestOfTheSlotNeeded) {
  Program P = program("xdp", {stx(BPF_W, R10, -16, R2), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N;
  N.addSlot(0, 1);
  ASSERT_TRUE(walk(Image, scalarState(), {0}, N));
  EXPECT_EQ(N.at(0).Regs, regs({2}));
  EXPECT_TRUE(N.at(0).Slots.test(1));
}

TEST(Precision, ALoadFromMemoryEndsTheChain) {
  VerifierState S = scalarState();
  S.Frames[0].Regs[6] = RegState::pointer(RegType::Ctx);
  Program P = program("xdp", {ldx(BPF_W, R1, R6, 0), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N = need(0, {1});
  ASSERT_TRUE(walk(Image, S, {0}, N));
  EXPECT_TRUE(N.empty());
}

TEST(Precision, ARegisterComparisonNeedsBothOperands) {
  Program P =
      program("xdp", {jmp(BPF_JGT, R1, R2, 0), jmp(BPF_JGT, R3, 7, 0), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N = need(0, {2});
  ASSERT_TRUE(walk(Image, scalarState(), {0}, N));
  EXPECT_EQ(N.at(0).Regs, regs({1, 2}));
  FrameSets K = need(0, {3});
  ASSERT_TRUE(walk(Image, scalarState(), {1}, K));
  EXPECT_EQ(K.at(0).Regs, regs({3})) << "nothing new before `r3 > 7`";
}

TEST(Precision, ScalarsLinkedToAComparedOneAreNeededTogether) {
  VerifierState S = scalarState();
  S.Frames[0].Regs[1].Id = 7;
  S.Frames[0].Regs[4].Id = 7;
  Program P = program("xdp", {jmp(BPF_JGT, R1, 5, 0), exit()});
  ProgramImage Image(P, P.Functions.front());
  FrameSets N = need(0, {4});
  ASSERT_TRUE(walk(Image, S, {0}, N));
  EXPECT_EQ(N.at(0).Regs, regs({1, 4}));
}

TEST(Precision, StaticFunctionArgumentsAndResultsCrossFrames) {
  // 0: call +1 (frame 0), 2: r0 = r1 (frame 1), 3: exit (frame 1)
  Code Call = {raw(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 1)};
  Program P = program("xdp", {Call, exit(), mov(R0, R1), exit()});
  ProgramImage Image(P, P.Functions.front());
  LinkedPool Pool;
  HistoryEntry AtCall{0, 0};
  HistoryEntry InCallee{2, 1};
  HistoryEntry AtExit{3, 1};
  FrameSets N = need(0, {0});
  int Frame = 0;
  ASSERT_TRUE(backtrackEntry(Image, AtExit, Pool, N, Frame));
  EXPECT_EQ(Frame, 1);
  EXPECT_EQ(N.at(1).Regs, regs({0}));
  EXPECT_EQ(N.at(0).Regs, 0);
  ASSERT_TRUE(backtrackEntry(Image, InCallee, Pool, N, Frame));
  EXPECT_EQ(N.at(1).Regs, regs({1}));
  ASSERT_TRUE(backtrackEntry(Image, AtCall, Pool, N, Frame));
  EXPECT_EQ(Frame, 0);
  EXPECT_EQ(N.at(0).Regs, regs({1})) << "the callee's r1 is the caller's";
  EXPECT_EQ(N.at(1).Regs, 0);
}

TEST(Precision, AFrameItCannotFollowIsReported) {
  Program P = program("xdp", {mov(R0, R1), exit()});
  ProgramImage Image(P, P.Functions.front());
  LinkedPool Pool;
  HistoryEntry InOtherFrame{0, 1};
  FrameSets N = need(0, {0});
  int Frame = 0;
  EXPECT_FALSE(backtrackEntry(Image, InOtherFrame, Pool, N, Frame));
}

TEST(Precision, WhatInstructionsDependOn) {
  Program P = program("xdp", {add(R1, R2), add(R3, R2),
                              call(model::BPF_FUNC_trace_printk), exit(),
                              jmp(BPF_JEQ, R4, R5, 0)});
  ProgramImage Image(P, P.Functions.front());
  VerifierState S = scalarState();
  S.Frames[0].Regs[1] = RegState::pointer(RegType::MapValue);
  S.Frames[0].Regs[3] = RegState();
  EXPECT_EQ(demandsOf(Image, 0, S).at(0).Regs, regs({2}))
      << "a scalar added to a pointer";
  EXPECT_TRUE(demandsOf(Image, 1, scalarState()).empty())
      << "scalar arithmetic depends on nothing by itself";
  EXPECT_EQ(demandsOf(Image, 2, S).at(0).Regs, regs({2}))
      << "bpf_trace_printk's size, not the values it prints";
  EXPECT_EQ(demandsOf(Image, 3, S).at(0).Regs, regs({0}))
      << "the program's return value";
  EXPECT_EQ(demandsOf(Image, 4, S).at(0).Regs, regs({4, 5}))
      << "a comparison, if it decided the branch";
}

TEST(Precision, ACheckpointKeepsMarksOnScalarsOnly) {
  VerifierState S = scalarState();
  S.Frames[0].Regs[2] = RegState::pointer(RegType::MapValue);
  FrameSets Precise = need(0, {3});
  FrameSets N = need(0, {1, 2, 3});
  markInCheckpoint(S, Precise, N);
  EXPECT_EQ(Precise.at(0).Regs, regs({1, 3}));
  EXPECT_EQ(N.at(0).Regs, regs({1}))
      << "pointers are compared anyway; r3 was marked before, with its "
         "sources";
}

/// A loop over 48 bytes that remembers where it saw a '/': without marks
/// every remembered index is a new state at each prune point, and their
/// number doubles with every byte; with them the index, which decides
/// nothing, is not compared.
TEST(Precision, AnIndexThatDecidesNothingDoesNotStopConvergence) {
  Program P = program(
      "kprobe/x",
      {call(model::BPF_FUNC_get_prandom_u32), mov(R9, R0), mov(R1, R10),
       add(R1, -48), mov(R2, 48), call(model::BPF_FUNC_get_current_comm),
       mov(R7, -1), mov(R6, 0),
       // 8: loop head
       mov(R1, R10), add(R1, -48), add(R1, R6), ldx(BPF_B, R2, R1, 0),
       jmp(BPF_JNE, R2, 47, 1), mov(R7, R6), add(R6, 1),
       jmp(BPF_JLT, R6, 48, -8),
       // 16: after the loop, R7 is compared with an unknown: both sides run
       mov(R0, 0), jmp(BPF_JSGT, R7, R9, 1), mov(R0, 1), exit()});
  AnalysisOptions Opts;
  Opts.Profile = &model::hostProfile();
  Opts.InsnBudget = 100000;
  Finding With = analyzeProgram(P, P.Functions.front(), Opts);
  EXPECT_EQ(With.V, Verdict::Accept) << With.Message;
  // The kernel (6.18) processes 1071 instructions.
  EXPECT_LT(With.ProcessedInsns, 1100u);
  Opts.TrackPrecision = false;
  Finding Without = analyzeProgram(P, P.Functions.front(), Opts);
  EXPECT_EQ(Without.V, Verdict::Unknown)
      << "every remembered index is a state of its own";
}

} // namespace

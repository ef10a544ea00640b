//===- ReferencesTest.cpp - Acquired references must be released ---------===//
//
// A ring buffer reservation is a reference: the kernel rejects a program
// that can exit while holding one, and forgets a released one in every
// register that pointed to it.
//
//===----------------------------------------------------------------------===//
#include "Asm.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/MapTypes.h"

#include "gtest/gtest.h"

using namespace verifiable;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

bpf::MapDef ringBuf() {
  return map("rb", static_cast<uint32_t>(model::MapType::Ringbuf), 0, 0, 4096);
}

/// Insns 0-5: r0 = bpf_ringbuf_reserve(&rb, 8, 0); r6 = r0.
Code reserve() {
  return seq({ldMap(R1, "rb"), mov(R2, 8), mov(R3, 0),
              call(model::BPF_FUNC_ringbuf_reserve), mov(R6, R0)});
}

/// `bpf_ringbuf_submit(r6, 0)`.
Code submitR6() {
  return seq({mov(R1, R6), mov(R2, 0), call(model::BPF_FUNC_ringbuf_submit)});
}

TEST(References, UnreleasedReservationIsRejected) {
  Finding F = analyze(
      program("socket", {reserve(), jmp(BPF_JEQ, R0, 0, 0), mov(R0, 0), exit()},
              {ringBuf()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "Unreleased reference id=2 alloc_insn=4");
  EXPECT_EQ(F.InsnIndex, 8);
}

TEST(References, ReleaseOnEveryPathIsAccepted) {
  Finding F = analyze(program(
      "socket",
      {reserve(), jmp(BPF_JEQ, R0, 0, 3), submitR6(), mov(R0, 0), exit()},
      {ringBuf()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(References, ReleaseOnOnePathOnlyIsRejected) {
  // Submitted only when skb->len (r7) is non-zero.
  Finding F =
      analyze(program("socket",
                      {ldx(BPF_W, R7, R1, 0), reserve(), jmp(BPF_JEQ, R0, 0, 4),
                       jmp(BPF_JEQ, R7, 0, 3), submitR6(), mov(R0, 0), exit()},
                      {ringBuf()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "Unreleased reference id=2 alloc_insn=5");
}

TEST(References, NullReservationNeedsNoRelease) {
  // The NULL branch exits at once: nothing was acquired on it.
  Finding F = analyze(program("socket",
                              {reserve(), jmp(BPF_JNE, R0, 0, 2), mov(R0, 0),
                               exit(), submitR6(), mov(R0, 0), exit()},
                              {ringBuf()}));
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST(References, UseAfterReleaseIsRejected) {
  // After the submit, the copy in r6 is an unknown scalar (privileged).
  Finding F = analyze(program("socket",
                              {reserve(), jmp(BPF_JEQ, R0, 0, 4), submitR6(),
                               ldx(BPF_B, R0, R6, 0), mov(R0, 0), exit()},
                              {ringBuf()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R6 invalid mem access 'scalar'");
}

TEST(References, DoubleReleaseIsRejected) {
  Finding F = analyze(program("socket",
                              {reserve(), jmp(BPF_JEQ, R0, 0, 6), submitR6(),
                               submitR6(), mov(R0, 0), exit()},
                              {ringBuf()}));
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R1 type=scalar expected=ringbuf_mem");
}

} // namespace

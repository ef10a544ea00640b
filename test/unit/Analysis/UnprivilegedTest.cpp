//===- UnprivilegedTest.cpp - What a loader without privileges sees -------===//
//
// Without CAP_PERFMON (allow_ptr_leaks, allow_uninit_stack) the kernel
// refuses programs that could leak kernel addresses or read uninitialised
// stack. Each test runs one program for both loaders and asserts both
// verdicts, so a test fails if the privilege stops mattering. The messages
// were compared with the 6.18 kernel loading the same instructions with
// CAP_BPF only.
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

bpf::MapDef arrayMap() {
  return map("m", static_cast<uint32_t>(model::MapType::Array), 4, 16, 4);
}

/// Accepted for a privileged loader, rejected with \p Message otherwise.
void expectOnlyUnprivilegedReject(const bpf::Program &P,
                                  const std::string &Message) {
  Finding Priv = analyze(P, /*Privileged=*/true);
  EXPECT_EQ(Priv.V, Verdict::Accept) << Priv.Message;
  Finding Unpriv = analyze(P, /*Privileged=*/false);
  EXPECT_EQ(Unpriv.V, Verdict::Reject);
  EXPECT_EQ(Unpriv.Message, Message);
}

TEST(Unprivileged, PointerReturnedLeaks) {
  expectOnlyUnprivilegedReject(program("socket", {mov(R0, R10), exit()}),
                               "R0 leaks addr as return value");
}

TEST(Unprivileged, PointerComparison) {
  expectOnlyUnprivilegedReject(
      program("socket",
              {mov(R0, 0), jmp(BPF_JGT, R1, 5, 1), mov(R0, 1), exit()}),
      "R1 pointer comparison prohibited");
}

TEST(Unprivileged, PointerComparedAsSource) {
  // The source register is checked before the destination: a scalar
  // compared with a pointer is refused too.
  expectOnlyUnprivilegedReject(
      program("socket", {mov(R0, 0), mov(R2, 7), jmp(BPF_JGT, R2, R1, 1),
                         mov(R0, 1), exit()}),
      "R1 pointer comparison prohibited");
}

TEST(Unprivileged, PointerSubtraction) {
  expectOnlyUnprivilegedReject(
      program("socket",
              {mov(R2, R10), alu64(BPF_SUB, R2, R10), mov(R0, 0), exit()}),
      "R2 pointer -= pointer prohibited");
}

TEST(Unprivileged, PointerSubtraction32) {
  expectOnlyUnprivilegedReject(
      program("socket",
              {mov(R2, R10), alu32(BPF_SUB, R2, 8), mov(R0, 0), exit()}),
      "R2 32-bit pointer arithmetic prohibited");
}

TEST(Unprivileged, UninitialisedStackRead) {
  // fp-16 is written first so that fp-8 lies inside the stack the kernel
  // has allocated; below it the kernel says "invalid read from stack R10
  // off=-8 size=8" instead, which the engine does not distinguish.
  expectOnlyUnprivilegedReject(
      program("socket", {st(BPF_DW, R10, -16, 0), ldx(BPF_DW, R0, R10, -8),
                         mov(R0, 0), exit()}),
      "invalid read from stack off -8+0 size 8");
}

// An 8-byte read of a 4-byte spill next to uninitialised bytes: the 6.18
// kernel names the first uninitialised byte.
TEST(Unprivileged, PartlyInitialisedStackRead) {
  expectOnlyUnprivilegedReject(
      program("socket", {st(BPF_W, R10, -8, 0), ldx(BPF_DW, R0, R10, -8),
                         mov(R0, 0), exit()}),
      "invalid read from stack off -8+4 size 8");
}

// A helper reading uninitialised stack: the kernel names the register and
// the whole access (check_stack_range_initialized()).
TEST(Unprivileged, UninitialisedHelperKey) {
  expectOnlyUnprivilegedReject(
      program("socket",
              {st(BPF_DW, R10, -16, 0), mov(R2, R10), add(R2, -4),
               ldMap(R1, "m"), call(model::BPF_FUNC_map_lookup_elem),
               mov(R0, 0), exit()},
              {arrayMap()}),
      "invalid read from stack R2 off -4+0 size 4");
}

TEST(Unprivileged, PointerStoredInMapValue) {
  expectOnlyUnprivilegedReject(
      program("socket",
              {st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4), ldMap(R1, "m"),
               call(model::BPF_FUNC_map_lookup_elem), jmp(BPF_JEQ, R0, 0, 1),
               stx(BPF_DW, R0, 0, R10), mov(R0, 0), exit()},
              {arrayMap()}),
      "R10 leaks addr into map");
}

TEST(Unprivileged, ConstantKeyLookupMayStillBeNull) {
  // 6.18 drops the NULL of an array lookup with a constant in-range key
  // only for loaders with CAP_BPF (get_constant_map_key() checks
  // env->bpf_capable); a loader with CAP_BPF but not CAP_PERFMON still gets
  // map_value, so the kernel check of this test needs a loader without
  // CAP_BPF, which kernel.unprivileged_bpf_disabled=2 refuses here.
  expectOnlyUnprivilegedReject(
      program("socket",
              {st(BPF_W, R10, -4, 0), mov(R2, R10), add(R2, -4), ldMap(R1, "m"),
               call(model::BPF_FUNC_map_lookup_elem), ldx(BPF_W, R0, R0, 0),
               mov(R0, 0), exit()},
              {arrayMap()}),
      "R0 invalid mem access 'map_value_or_null'");
}

TEST(Unprivileged, ReleasedReferenceIsUnreadable) {
  // After bpf_ringbuf_submit() a copy of the pointer is an unknown scalar
  // to privileged loaders (returning it is fine) and unreadable otherwise.
  bpf::MapDef RB =
      map("rb", static_cast<uint32_t>(model::MapType::Ringbuf), 0, 0, 4096);
  expectOnlyUnprivilegedReject(
      program("socket",
              {ldMap(R1, "rb"), mov(R2, 8), mov(R3, 0),
               call(model::BPF_FUNC_ringbuf_reserve), mov(R6, R0),
               jmp(BPF_JEQ, R0, 0, 4), mov(R1, R6), mov(R2, 0),
               call(model::BPF_FUNC_ringbuf_submit), mov(R0, R6), exit()},
              {RB}),
      "R6 !read_ok");
}

TEST(Unprivileged, SameVerdictWhereNoPrivilegeIsInvolved) {
  bpf::Program P = program("socket", {ldx(BPF_W, R0, R1, 0), exit()});
  EXPECT_EQ(analyze(P, true).V, Verdict::Accept);
  EXPECT_EQ(analyze(P, false).V, Verdict::Accept);
}

} // namespace

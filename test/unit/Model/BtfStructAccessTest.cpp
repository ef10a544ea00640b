//===- BtfStructAccessTest.cpp - Walks of kernel structs, BTF contexts ----===//
//
// A small kernel BTF written with libbpf's BTF writer, so each case states
// the layout next to what the kernel's btf_struct_access() and
// btf_ctx_access() decide (messages as the 6.18 kernel logs them).
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/BtfStructAccess.h"
#include "verifiable/Model/TracingCtx.h"

#include <bpf/btf.h>

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

/// struct task {                 // 56 bytes
///   int pid;                    // 0
///   int flags : 4;              // 4 (bitfield)
///   struct inner { int a, b; } in;  // 8
///   struct task *parent;        // 16
///   void *stack;                // 24
///   char comm[16];              // 32
///   union { struct task *u1; long u2; } u;  // 48
///   int flex[];                 // 56
/// };
/// struct task__safe_trusted { struct task *parent; };
/// typedef void (*btf_trace_foo)(void *, struct task *, int);
/// int bpf_iter_task(struct task *meta, struct task *task);
class KernelBtf : public ::testing::Test {
protected:
  void SetUp() override {
    B = btf__new_empty();
    ASSERT_EQ(btf__add_int(B, "int", 4, BTF_INT_SIGNED), 1);
    ASSERT_EQ(btf__add_int(B, "long", 8, BTF_INT_SIGNED), 2);
    ASSERT_EQ(btf__add_int(B, "char", 1, BTF_INT_CHAR), 3);
    ASSERT_EQ(btf__add_ptr(B, 6), 4); // struct task *
    ASSERT_EQ(btf__add_ptr(B, 0), 5); // void *
    ASSERT_EQ(btf__add_struct(B, "task", 56), Task);
    btf__add_field(B, "pid", 1, 0, 0);
    btf__add_field(B, "flags", 1, 32, 4);
    btf__add_field(B, "in", 7, 64, 0);
    btf__add_field(B, "parent", 4, 128, 0);
    btf__add_field(B, "stack", 5, 192, 0);
    btf__add_field(B, "comm", 8, 256, 0);
    btf__add_field(B, "u", 9, 384, 0);
    btf__add_field(B, "flex", 10, 448, 0);
    ASSERT_EQ(btf__add_struct(B, "inner", 8), 7);
    btf__add_field(B, "a", 1, 0, 0);
    btf__add_field(B, "b", 1, 32, 0);
    ASSERT_EQ(btf__add_array(B, 1, 3, 16), 8);
    ASSERT_EQ(btf__add_union(B, "", 8), 9);
    btf__add_field(B, "u1", 4, 0, 0);
    btf__add_field(B, "u2", 2, 0, 0);
    ASSERT_EQ(btf__add_array(B, 1, 1, 0), 10);
    ASSERT_EQ(btf__add_struct(B, "task__safe_trusted", 8), 11);
    btf__add_field(B, "parent", 4, 0, 0);
    ASSERT_EQ(btf__add_typedef(B, "btf_trace_foo", 13), 12);
    ASSERT_EQ(btf__add_ptr(B, 14), 13);
    ASSERT_EQ(btf__add_func_proto(B, 0), 14);
    btf__add_func_param(B, "", 5);
    btf__add_func_param(B, "", 4);
    btf__add_func_param(B, "", 1);
    ASSERT_EQ(btf__add_func_proto(B, 1), 15);
    btf__add_func_param(B, "meta", 4);
    btf__add_func_param(B, "task", 4);
    ASSERT_EQ(btf__add_func(B, "bpf_iter_task", BTF_FUNC_GLOBAL, 15), 16);
  }
  void TearDown() override { btf__free(B); }

  BtfWalk walk(int Off, int Size) {
    return btfStructAccess(B, Task, Off, Size);
  }

  static constexpr uint32_t Task = 6;
  struct btf *B = nullptr;
};

TEST_F(KernelBtf, ScalarMembers) {
  EXPECT_EQ(walk(0, 4).K, BtfWalk::Scalar);
  EXPECT_EQ(walk(0, 2).K, BtfWalk::Scalar);
  EXPECT_EQ(walk(12, 4).K, BtfWalk::Scalar); // in.b, inside a nested struct
  EXPECT_EQ(walk(35, 1).K, BtfWalk::Scalar); // comm[3]
  EXPECT_EQ(walk(40, 8).K, BtfWalk::Scalar); // comm[8..15]
}

TEST_F(KernelBtf, Bitfields) {
  // A load covering the whole bitfield reads it; a partial one finds no
  // field.
  EXPECT_EQ(walk(4, 1).K, BtfWalk::Scalar);
  BtfWalk W = walk(0, 8);
  EXPECT_EQ(W.K, BtfWalk::Error);
  EXPECT_EQ(W.Message, "access beyond the end of member pid (mend:4) in "
                       "struct task with off 0 size 8");
}

TEST_F(KernelBtf, PointerMembers) {
  BtfWalk W = walk(16, 8);
  EXPECT_EQ(W.K, BtfWalk::Pointer);
  EXPECT_EQ(W.NextType, Task);
  EXPECT_EQ(W.Field, "parent");
  EXPECT_FALSE(W.ThroughUnion);
  EXPECT_EQ(walk(24, 8).K, BtfWalk::UntrustedMem); // void *stack
  W = walk(16, 4);
  EXPECT_EQ(W.K, BtfWalk::Error);
  EXPECT_EQ(W.Message, "cannot access ptr member parent with moff 16 in "
                       "struct task with off 16 size 4");
}

TEST_F(KernelBtf, UnionsOfSeveralMembersAreUntrusted) {
  BtfWalk W = walk(48, 8);
  EXPECT_EQ(W.K, BtfWalk::Pointer);
  EXPECT_TRUE(W.ThroughUnion);
}

TEST_F(KernelBtf, BeyondTheStruct) {
  // The flexible int array at the end reads as numbers past the end.
  EXPECT_EQ(walk(56, 4).K, BtfWalk::Scalar);
  EXPECT_EQ(walk(200, 4).K, BtfWalk::Scalar);
  BtfWalk W = btfStructAccess(B, 7, 8, 4);
  EXPECT_EQ(W.K, BtfWalk::Error);
  EXPECT_EQ(W.Message, "access beyond struct inner at off 8 size 4");
  W = walk(44, 8);
  EXPECT_EQ(W.K, BtfWalk::Error);
  EXPECT_EQ(W.Message, "access beyond the end of member comm (mend:48) in "
                       "struct task with off 44 size 8");
}

TEST_F(KernelBtf, NoFlexibleArraysForAllocatedObjects) {
  // bpf_obj_new() objects are walked without the flexible array's
  // relaxation; inside the struct nothing changes.
  BtfWalk W = btfStructAccess(B, Task, 56, 4, /*WalkFlexArrays=*/false);
  EXPECT_EQ(W.K, BtfWalk::Error);
  EXPECT_EQ(W.Message, "access beyond struct task at off 56 size 4");
  EXPECT_EQ(btfStructAccess(B, Task, 0, 4, false).K, BtfWalk::Scalar);
}

TEST_F(KernelBtf, SafeFieldsAndNestedIds) {
  EXPECT_TRUE(
      btfNestedTypeIsTrusted(B, Task, "parent", Task, "__safe_trusted"));
  EXPECT_FALSE(btfNestedTypeIsTrusted(B, Task, "u1", Task, "__safe_trusted"));
  EXPECT_FALSE(btfNestedTypeIsTrusted(B, Task, "parent", Task, "__safe_rcu"));
  EXPECT_TRUE(btfStructIdsMatch(B, Task, 0, Task));
  EXPECT_TRUE(btfStructIdsMatch(B, Task, 8, 7)); // task.in is an inner
  EXPECT_FALSE(btfStructIdsMatch(B, Task, 0, 7));
  EXPECT_FALSE(btfStructIdsMatch(B, Task, 16, 7));
  EXPECT_EQ(btfFindStruct(B, "inner"), 7u);
  EXPECT_EQ(btfFindStruct(B, "nothing"), 0u);
}

TEST_F(KernelBtf, TpBtfContext) {
  SectionInfo Info = *progTypeFromSection("tp_btf/foo");
  std::string Why;
  std::optional<TracingCtx> Ctx = tracingContext(B, Info, "tp_btf/foo", Why);
  ASSERT_TRUE(Ctx) << Why;
  EXPECT_EQ(Ctx->Func, "foo");
  ASSERT_EQ(Ctx->Args.size(), 2u);
  EXPECT_EQ(Ctx->Args[0].K, TracingArg::BtfPtr);
  EXPECT_TRUE(Ctx->Args[0].Trusted);
  EXPECT_FALSE(Ctx->Args[0].MaybeNull);
  EXPECT_EQ(Ctx->Args[1].K, TracingArg::Scalar);

  TracingCtxAccess A = checkTracingCtxAccess(B, *Ctx, 0, 8, false);
  EXPECT_EQ(A.Status, TracingCtxAccess::Allowed);
  EXPECT_EQ(A.Loaded.Type, Task);
  A = checkTracingCtxAccess(B, *Ctx, 8, 4, false);
  EXPECT_EQ(A.Status, TracingCtxAccess::Allowed); // a narrow number
  A = checkTracingCtxAccess(B, *Ctx, 0, 4, false);
  EXPECT_EQ(A.Message, "func 'foo' size 4 must be 8");
  A = checkTracingCtxAccess(B, *Ctx, 4, 4, false);
  EXPECT_EQ(A.Message, "func 'foo' offset 4 is not multiple of 8");
  A = checkTracingCtxAccess(B, *Ctx, 16, 8, false);
  EXPECT_EQ(A.Message, "func 'foo' doesn't have 3-th argument");
  A = checkTracingCtxAccess(B, *Ctx, 0, 8, true);
  EXPECT_EQ(A.Status, TracingCtxAccess::Refused);
  EXPECT_EQ(A.Message, ""); // only "invalid bpf_context access"
}

TEST_F(KernelBtf, IteratorContext) {
  SectionInfo Info = *progTypeFromSection("iter/task");
  std::string Why;
  std::optional<TracingCtx> Ctx = tracingContext(B, Info, "iter/task", Why);
  ASSERT_TRUE(Ctx) << Why;
  EXPECT_EQ(Ctx->Func, "bpf_iter_task");
  ASSERT_EQ(Ctx->Args.size(), 2u);
  EXPECT_FALSE(Ctx->Args[0].MaybeNull); // meta
  EXPECT_TRUE(Ctx->Args[1].MaybeNull);  // the task the iterator registers
  EXPECT_TRUE(Ctx->Args[1].Trusted);
}

TEST_F(KernelBtf, MissingTargetsAreNamed) {
  SectionInfo Info = *progTypeFromSection("tp_btf/bar");
  std::string Why;
  EXPECT_FALSE(tracingContext(B, Info, "tp_btf/bar", Why));
  EXPECT_EQ(Why, "attach target 'bar' (typedef btf_trace_bar) is not in the "
                 "target kernel's BTF");
  Info = *progTypeFromSection("iter/kmem_cache");
  EXPECT_FALSE(tracingContext(B, Info, "iter/kmem_cache", Why));
  EXPECT_EQ(Why, "the context of iterator 'kmem_cache' is not described yet");
  Info = *progTypeFromSection("tp_btf");
  EXPECT_FALSE(tracingContext(B, Info, "tp_btf", Why));
}

} // namespace

TEST_F(KernelBtf, ScalarStructs) {
  // struct inner { int a, b; } is all scalars; task holds pointers.
  EXPECT_TRUE(btfIsScalarStruct(B, 7));
  EXPECT_FALSE(btfIsScalarStruct(B, Task));
  EXPECT_FALSE(btfIsScalarStruct(B, 1)); // int: not a struct
  // struct mask { long bits[2]; } counts; an empty array does not.
  int Bits = btf__add_array(B, 1, 2, 2);
  int Mask = btf__add_struct(B, "mask", 16);
  btf__add_field(B, "bits", Bits, 0, 0);
  EXPECT_TRUE(btfIsScalarStruct(B, Mask));
  int Empty = btf__add_struct(B, "empty_tail", 8);
  btf__add_field(B, "a", 2, 0, 0);
  btf__add_field(B, "tail", 10, 64, 0);
  EXPECT_FALSE(btfIsScalarStruct(B, Empty));
}

TEST_F(KernelBtf, StrictStructMatch) {
  // The nested struct inner at offset 8 matches loosely, never strictly.
  EXPECT_TRUE(btfStructIdsMatch(B, Task, 8, 7));
  EXPECT_FALSE(btfStructIdsMatchStrict(B, Task, 8, 7));
  EXPECT_TRUE(btfStructIdsMatchStrict(B, Task, 0, Task));
  EXPECT_FALSE(btfStructIdsMatchStrict(B, Task, 8, Task));
}

//===- TracingCtxTest.cpp - fentry, fexit, fmod_ret and LSM contexts ------===//
//
// The contexts of trampoline and LSM programs on a hand-written target BTF:
// argument slots and the return value's, the trust of pointer arguments,
// fmod_ret's integer-only return slot, LSM return rules per hook, and the
// attach targets that stay unknown (deny lists, trampoline limits, the
// error-injection list, sleepable hooks). Facts from Linux 6.12.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/TracingCtx.h"

#include "gtest/gtest.h"

#include <bpf/btf.h>

using namespace verifiable::model;

namespace {

class TracingCtxTest : public ::testing::Test {
protected:
  void SetUp() override {
    B = btf__new_empty();
    int Int = btf__add_int(B, "int", 4, BTF_INT_SIGNED);   // 1
    int Long = btf__add_int(B, "long", 8, BTF_INT_SIGNED); // 2
    int S = btf__add_struct(B, "file", 8);                 // 3
    btf__add_field(B, "f_flags", Int, 0, 0);
    int P = btf__add_ptr(B, S); // 4
    // long foo(int a, struct file *f)
    func("foo", Long, {Int, P});
    // struct file *security_bar(struct file *f)
    func("security_bar", P, {P});
    // int security_ok(int a)
    func("security_ok", Int, {Int});
    // int bpf_lsm_file_open(struct file *f)
    func("bpf_lsm_file_open", Int, {P});
    // void bpf_lsm_task_free(struct file *t)
    func("bpf_lsm_task_free", 0, {P});
    // int bpf_lsm_inode_xattr_skipcap(int a)
    func("bpf_lsm_inode_xattr_skipcap", Int, {Int});
    // int bpf_lsm_vm_enough_memory(int a)
    func("bpf_lsm_vm_enough_memory", Int, {Int});
    // void migrate_disable(int a)
    func("migrate_disable", 0, {Int});
    // int many(int x13)
    func("many", Int, std::vector<int>(13, Int));
    // int vararg(int a, ...)
    func("vararg", Int, {Int, 0});
  }
  void TearDown() override { btf__free(B); }

  void func(const char *Name, int Ret, std::vector<int> Params) {
    int Proto = btf__add_func_proto(B, Ret);
    for (int T : Params)
      btf__add_func_param(B, T ? "p" : "", T);
    btf__add_func(B, Name, BTF_FUNC_GLOBAL, Proto);
  }

  std::optional<TracingCtx> ctx(const char *Section) {
    Why.clear();
    std::optional<SectionInfo> Info = progTypeFromSection(Section);
    EXPECT_TRUE(Info && Info->Modeled) << Section;
    return tracingContext(B, *Info, Section, Why);
  }

  struct btf *B = nullptr;
  std::string Why;
};

TEST_F(TracingCtxTest, FentryArgumentsArePlainPointers) {
  std::optional<TracingCtx> C = ctx("fentry/foo");
  ASSERT_TRUE(C) << Why;
  ASSERT_EQ(C->Args.size(), 2u);
  EXPECT_EQ(C->Args[0].K, TracingArg::Scalar);
  EXPECT_EQ(C->Args[1].K, TracingArg::BtfPtr);
  EXPECT_FALSE(C->Args[1].Trusted);
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 0, 4, false).Status,
            TracingCtxAccess::Allowed);
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 8, 4, false).Message,
            "func 'foo' size 4 must be 8");
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 16, 8, false).Message,
            "func 'foo' doesn't have 3-th argument");
}

TEST_F(TracingCtxTest, FexitReadsTheReturnValue) {
  std::optional<TracingCtx> C = ctx("fexit/foo");
  ASSERT_TRUE(C) << Why;
  ASSERT_EQ(C->Args.size(), 3u);
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 16, 8, false).Status,
            TracingCtxAccess::Allowed);
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 24, 8, false).Message,
            "func 'foo' doesn't have 4-th argument");
  EXPECT_EQ(C->Ret, TracingCtx::RetByType);
}

TEST_F(TracingCtxTest, FmodRetReadsOnlyAnIntegerReturn) {
  std::optional<TracingCtx> C = ctx("fmod_ret/security_bar");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 8, 8, false).Message,
            "ret type PTR not allowed for fmod_ret");
  C = ctx("fmod_ret/security_ok");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 8, 8, false).Status,
            TracingCtxAccess::Allowed);
  // Elsewhere the kernel's error-injection list decides.
  EXPECT_FALSE(ctx("fmod_ret/foo"));
  EXPECT_NE(Why.find("error-injection"), std::string::npos) << Why;
}

TEST_F(TracingCtxTest, TargetsTheKernelDecidesOtherwiseAreUnknown) {
  EXPECT_FALSE(ctx("fentry/migrate_disable"));
  EXPECT_NE(Why.find("deny lists"), std::string::npos) << Why;
  EXPECT_FALSE(ctx("fentry/many"));
  EXPECT_NE(Why.find("has 13 arguments. Too many."), std::string::npos) << Why;
  EXPECT_FALSE(ctx("fentry/vararg"));
  EXPECT_NE(Why.find("variable args"), std::string::npos) << Why;
  EXPECT_FALSE(ctx("fentry.s/foo"));
  EXPECT_FALSE(ctx("fentry/nothere"));
  EXPECT_NE(Why.find("not in the target kernel's BTF"), std::string::npos)
      << Why;
}

TEST_F(TracingCtxTest, LsmHooks) {
  std::optional<TracingCtx> C = ctx("lsm/file_open");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(C->Func, "bpf_lsm_file_open");
  EXPECT_TRUE(C->Args[0].Trusted);
  EXPECT_EQ(C->Ret, TracingCtx::RetRange32);
  EXPECT_EQ(C->RetMin, -4095);
  EXPECT_EQ(C->RetMax, 0);
  TracingCtxAccess R = checkTracingCtxAccess(B, *C, 8, 8, false);
  ASSERT_EQ(R.Status, TracingCtxAccess::Allowed);
  EXPECT_TRUE(R.Loaded.Ranged);
  EXPECT_EQ(R.Loaded.Min, -4095);
  EXPECT_EQ(R.Loaded.Max, 0);

  C = ctx("lsm/task_free");
  ASSERT_TRUE(C) << Why;
  EXPECT_FALSE(C->Args[0].Trusted); // untrusted_lsm_hooks
  EXPECT_EQ(C->Ret, TracingCtx::RetAny);
  EXPECT_EQ(C->Args.size(), 1u); // no return slot

  C = ctx("lsm/inode_xattr_skipcap");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(C->RetMin, 0);
  EXPECT_EQ(C->RetMax, 1);

  EXPECT_TRUE(ctx("lsm.s/file_open"));
  EXPECT_FALSE(ctx("lsm.s/task_free"));
  EXPECT_FALSE(ctx("lsm/vm_enough_memory"));
  EXPECT_FALSE(ctx("lsm_cgroup/file_open"));
}

} // namespace

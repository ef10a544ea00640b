//===- StructOpsCtxTest.cpp - struct_ops program contexts -----------------===//
//
// The context of a struct_ops program on a hand-written target BTF: the
// prototype of the member it is stored in, nullable arguments from the
// kernel's stub, tcp_congestion_ops' sock-to-tcp_sock typing, members
// without a stub, void members, and what stays unknown (types and members
// not described, the struct missing from the BTF, sleepable programs).
// Facts from Linux 6.12 (net/ipv4/bpf_tcp_ca.c, bpf_dummy_struct_ops.c).
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/BtfStructAccess.h"
#include "verifiable/Model/HelperAvailability.h"
#include "verifiable/Model/TracingCtx.h"

#include "gtest/gtest.h"

#include <bpf/btf.h>

using namespace verifiable::model;

namespace {

class StructOpsCtxTest : public ::testing::Test {
protected:
  void SetUp() override {
    B = btf__new_empty();
    int U32 = btf__add_int(B, "u32", 4, 0);
    int Sock = btf__add_struct(B, "sock", 8);
    btf__add_field(B, "sk_mark", U32, 0, 0);
    int TcpSock = btf__add_struct(B, "tcp_sock", 16);
    btf__add_field(B, "sk", Sock, 0, 0);
    btf__add_field(B, "snd_cwnd", U32, 64, 0);
    int SockP = btf__add_ptr(B, Sock);
    int State = btf__add_struct(B, "bpf_dummy_ops_state", 4);
    btf__add_field(B, "val", U32, 0, 0);
    int StateP = btf__add_ptr(B, State);
    // u32 (*ssthresh)(struct sock *); void (*init)(struct sock *);
    // size_t (*get_info)(struct sock *);
    int Ssthresh = btf__add_ptr(B, proto(U32, {SockP}));
    int Init = btf__add_ptr(B, proto(0, {SockP}));
    int Ops = btf__add_struct(B, "tcp_congestion_ops", 24);
    btf__add_field(B, "ssthresh", Ssthresh, 0, 0);
    btf__add_field(B, "init", Init, 64, 0);
    btf__add_field(B, "get_info", Ssthresh, 128, 0);
    btf__add_struct(B, "bpf_struct_ops_tcp_congestion_ops", 8);
    stub("bpf_tcp_ca_ssthresh", U32, {{SockP, "sk"}});
    stub("__bpf_tcp_ca_init", 0, {{SockP, "sk"}});
    int Test1 = btf__add_ptr(B, proto(U32, {StateP}));
    btf__add_struct(B, "bpf_dummy_ops", 8);
    btf__add_field(B, "test_1", Test1, 0, 0);
    btf__add_struct(B, "bpf_struct_ops_bpf_dummy_ops", 8);
    stub("bpf_dummy_ops__test_1", U32, {{StateP, "cb__nullable"}});
    (void)TcpSock;
  }
  void TearDown() override { btf__free(B); }

  int proto(int Ret, std::vector<int> Params) {
    int P = btf__add_func_proto(B, Ret);
    for (int T : Params)
      btf__add_func_param(B, "", T);
    return P;
  }
  void stub(const char *Name, int Ret,
            std::vector<std::pair<int, const char *>> Params) {
    int P = btf__add_func_proto(B, Ret);
    for (auto &[T, N] : Params)
      btf__add_func_param(B, N, T);
    btf__add_func(B, Name, BTF_FUNC_STATIC, P);
  }

  std::optional<TracingCtx> ctx(const char *Struct, const char *Member,
                                const char *Section = "struct_ops/p") {
    Why.clear();
    std::optional<SectionInfo> Info = progTypeFromSection(Section);
    EXPECT_TRUE(Info && Info->Modeled) << Section;
    StructOpsRef Ref{Struct, Member};
    return tracingContext(B, *Info, Section, Why, &Ref);
  }

  struct btf *B = nullptr;
  std::string Why;
};

TEST_F(StructOpsCtxTest, TcpSockArgumentIsTrustedTcpSock) {
  std::optional<TracingCtx> C = ctx("tcp_congestion_ops", "ssthresh");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(C->Func, "ssthresh");
  EXPECT_EQ(C->StructOps, "tcp_congestion_ops");
  EXPECT_TRUE(C->Refused.empty());
  EXPECT_EQ(C->Ret, TracingCtx::RetByType);
  ASSERT_EQ(C->Args.size(), 1u);
  EXPECT_EQ(C->Args[0].K, TracingArg::BtfPtr);
  EXPECT_TRUE(C->Args[0].Trusted);
  EXPECT_FALSE(C->Args[0].MaybeNull);
  EXPECT_EQ(C->Args[0].Type, btfFindStruct(B, "tcp_sock"));
  EXPECT_EQ(checkTracingCtxAccess(B, *C, 8, 8, false).Message,
            "func 'ssthresh' doesn't have 2-th argument");
}

TEST_F(StructOpsCtxTest, VoidMembersDoNotCheckR0) {
  std::optional<TracingCtx> C = ctx("tcp_congestion_ops", "init");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(C->Ret, TracingCtx::RetAny);
}

TEST_F(StructOpsCtxTest, MemberWithoutStubIsRefused) {
  std::optional<TracingCtx> C = ctx("tcp_congestion_ops", "get_info");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(C->Refused, "attach to unsupported member get_info of struct "
                        "tcp_congestion_ops");
}

TEST_F(StructOpsCtxTest, NullableStubArgument) {
  std::optional<TracingCtx> C = ctx("bpf_dummy_ops", "test_1");
  ASSERT_TRUE(C) << Why;
  ASSERT_EQ(C->Args.size(), 1u);
  EXPECT_TRUE(C->Args[0].Trusted);
  EXPECT_TRUE(C->Args[0].MaybeNull);
  // check_member() allows sleepable programs on test_sleepable only.
  C = ctx("bpf_dummy_ops", "test_1", "struct_ops.s/p");
  ASSERT_TRUE(C) << Why;
  EXPECT_EQ(C->Refused,
            "attach to unsupported member test_1 of struct bpf_dummy_ops");
}

TEST_F(StructOpsCtxTest, WhatIsNotDescribedIsUnknown) {
  EXPECT_FALSE(ctx("sched_ext_ops", "enqueue"));
  EXPECT_NE(Why.find("not in the target kernel's BTF"), std::string::npos)
      << Why;
  EXPECT_FALSE(ctx("tcp_congestion_ops", "nothere"));
  EXPECT_FALSE(ctx("tcp_congestion_ops", "ssthresh", "struct_ops.s/p"));
  EXPECT_NE(Why.find("sleepable"), std::string::npos) << Why;
  Why.clear();
  std::optional<SectionInfo> Info = progTypeFromSection("struct_ops/p");
  EXPECT_FALSE(tracingContext(B, *Info, "struct_ops/p", Why));
  EXPECT_NE(Why.find(".struct_ops"), std::string::npos) << Why;
}

TEST_F(StructOpsCtxTest, HelpersFollowTheStruct) {
  HelperQuery Q{ProgType::StructOps, AttachType::CgroupInetIngress};
  Q.StructOps = "tcp_congestion_ops";
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_tcp_send_ack).Status,
            Availability::Allowed);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_ktime_get_ns).Status,
            Availability::Allowed);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_perf_event_output).Status,
            Availability::Forbidden);
  // bpf_setsockopt: refused in release(), a socket variant elsewhere.
  Q.StructOpsMember = "release";
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_setsockopt).Status,
            Availability::Forbidden);
  Q.StructOpsMember = "init";
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_setsockopt).Status, Availability::Unknown);
  Q.StructOps = "bpf_dummy_ops";
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_ktime_get_ns).Status,
            Availability::Forbidden);
  Q.StructOps = "sched_ext_ops";
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_ktime_get_ns).Status,
            Availability::Unknown);
}

TEST_F(StructOpsCtxTest, SyscallHelpers) {
  HelperQuery Q{ProgType::Syscall, AttachType::CgroupInetIngress, true};
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_sys_close).Status, Availability::Allowed);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_copy_from_user).Status,
            Availability::Allowed);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_ktime_get_coarse_ns).Status,
            Availability::Forbidden);
  EXPECT_EQ(lookupHelper(Q, BPF_FUNC_get_func_ip).Status,
            Availability::Unknown);
}

} // namespace

//===- SectionsTest.cpp - libbpf section names ----------------------------===//
//
// Section name to program type and expected attach type, including libbpf's
// exact-versus-prefix rules and its ordering.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/Sections.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

void expectSection(const char *Name, ProgType PT, AttachType AT,
                   bool Modeled = true) {
  std::optional<SectionInfo> S = progTypeFromSection(Name);
  ASSERT_TRUE(S.has_value()) << Name;
  EXPECT_EQ(S->Type, PT) << Name;
  EXPECT_EQ(S->Attach, AT) << Name;
  EXPECT_EQ(S->Modeled, Modeled) << Name;
}

constexpr AttachType NoAttach = AttachType::CgroupInetIngress;

TEST(SectionsTest, Networking) {
  expectSection("xdp", ProgType::Xdp, AttachType::Xdp);
  expectSection("xdp.frags", ProgType::Xdp, AttachType::Xdp);
  expectSection("xdp/devmap", ProgType::Xdp, AttachType::XdpDevmap);
  expectSection("tc", ProgType::SchedCls, NoAttach);
  expectSection("classifier", ProgType::SchedCls, NoAttach);
  expectSection("action", ProgType::SchedAct, NoAttach);
  expectSection("tcx/ingress", ProgType::SchedCls, AttachType::TcxIngress);
  expectSection("tc/egress", ProgType::SchedCls, AttachType::TcxEgress);
  expectSection("socket", ProgType::SocketFilter, NoAttach);
  expectSection("sk_skb/stream_parser", ProgType::SkSkb,
                AttachType::SkSkbStreamParser);
  expectSection("sk_msg", ProgType::SkMsg, AttachType::SkMsgVerdict);
  expectSection("sockops", ProgType::SockOps, AttachType::CgroupSockOps);
  expectSection("flow_dissector", ProgType::FlowDissector,
                AttachType::FlowDissector);
  expectSection("sk_lookup", ProgType::SkLookup, AttachType::SkLookup);
  expectSection("sk_reuseport/migrate", ProgType::SkReuseport,
                AttachType::SkReuseportSelectOrMigrate);
  expectSection("netfilter", ProgType::Netfilter, AttachType::Netfilter);
  expectSection("lwt_xmit", ProgType::LwtXmit, NoAttach);
}

TEST(SectionsTest, Cgroup) {
  expectSection("cgroup_skb/ingress", ProgType::CgroupSkb,
                AttachType::CgroupInetIngress);
  expectSection("cgroup_skb/egress", ProgType::CgroupSkb,
                AttachType::CgroupInetEgress);
  expectSection("cgroup/skb", ProgType::CgroupSkb, NoAttach);
  expectSection("cgroup/sock_create", ProgType::CgroupSock,
                AttachType::CgroupInetSockCreate);
  expectSection("cgroup/sock", ProgType::CgroupSock,
                AttachType::CgroupInetSockCreate);
  expectSection("cgroup/post_bind4", ProgType::CgroupSock,
                AttachType::CgroupInet4PostBind);
  expectSection("cgroup/connect4", ProgType::CgroupSockAddr,
                AttachType::CgroupInet4Connect);
  expectSection("cgroup/bind4", ProgType::CgroupSockAddr,
                AttachType::CgroupInet4Bind);
  expectSection("cgroup/sendmsg4", ProgType::CgroupSockAddr,
                AttachType::CgroupUdp4Sendmsg);
  expectSection("cgroup/getsockname_unix", ProgType::CgroupSockAddr,
                AttachType::CgroupUnixGetsockname);
  expectSection("cgroup/getsockopt", ProgType::CgroupSockopt,
                AttachType::CgroupGetsockopt);
  expectSection("cgroup/sysctl", ProgType::CgroupSysctl,
                AttachType::CgroupSysctl);
  expectSection("cgroup/dev", ProgType::CgroupDevice, AttachType::CgroupDevice);
}

TEST(SectionsTest, Tracing) {
  expectSection("kprobe/do_sys_open", ProgType::Kprobe, NoAttach);
  expectSection("kprobe", ProgType::Kprobe, NoAttach);
  expectSection("kretprobe/do_sys_open", ProgType::Kprobe, NoAttach);
  expectSection("uprobe", ProgType::Kprobe, NoAttach);
  expectSection("uprobe//bin/bash:readline", ProgType::Kprobe, NoAttach);
  expectSection("kprobe.multi/do_*", ProgType::Kprobe,
                AttachType::TraceKprobeMulti);
  expectSection("ksyscall/openat", ProgType::Kprobe, NoAttach);
  expectSection("tracepoint/syscalls/sys_enter_openat", ProgType::Tracepoint,
                NoAttach);
  expectSection("tp/sched/sched_switch", ProgType::Tracepoint, NoAttach);
  expectSection("raw_tracepoint/sched_switch", ProgType::RawTracepoint,
                NoAttach);
  expectSection("raw_tp/sched_switch", ProgType::RawTracepoint, NoAttach);
  expectSection("raw_tp.w/bpf_test_finish", ProgType::RawTracepointWritable,
                NoAttach);
  expectSection("perf_event", ProgType::PerfEvent, NoAttach);
}

TEST(SectionsTest, BtfTypedContextsDescribedFromTargetBtf) {
  // tp_btf and iterators: the context is read from the target BTF at
  // analysis time (TracingCtx.h).
  expectSection("tp_btf/sched_switch", ProgType::Tracing,
                AttachType::TraceRawTp, true);
  expectSection("iter/task", ProgType::Tracing, AttachType::TraceIter, true);
  expectSection("iter.s/task", ProgType::Tracing, AttachType::TraceIter, true);
}

TEST(SectionsTest, TrampolinesAndLsmAreModeled) {
  // Whether their target is described is decided with the target BTF
  // (TracingCtxTest.cpp).
  expectSection("fentry/do_unlinkat", ProgType::Tracing,
                AttachType::TraceFentry, true);
  expectSection("fexit/do_unlinkat", ProgType::Tracing, AttachType::TraceFexit,
                true);
  expectSection("fmod_ret/x", ProgType::Tracing, AttachType::ModifyReturn,
                true);
  expectSection("lsm/file_open", ProgType::Lsm, AttachType::LsmMac, true);
  expectSection("lsm_cgroup/socket_bind", ProgType::Lsm, AttachType::LsmCgroup,
                true);
}

TEST(SectionsTest, BtfTypedAndSyscall) {
  // struct_ops: the target is read from the object's .struct_ops variable
  // and the target BTF at analysis time.
  expectSection("struct_ops/x", ProgType::StructOps, NoAttach, true);
  EXPECT_TRUE(progTypeFromSection("struct_ops/x")->AttachBtf);
  EXPECT_TRUE(progTypeFromSection("struct_ops.s/x")->Sleepable);
  expectSection("syscall", ProgType::Syscall, NoAttach, true);
  EXPECT_TRUE(progTypeFromSection("syscall")->Sleepable);
  expectSection("freplace/x", ProgType::Ext, NoAttach, false);
}

TEST(SectionsTest, Flags) {
  std::optional<SectionInfo> S = progTypeFromSection("uprobe.s/bin:f");
  ASSERT_TRUE(S);
  EXPECT_EQ(S->Type, ProgType::Kprobe);
  EXPECT_TRUE(S->Sleepable);
  EXPECT_TRUE(S->Modeled);
  EXPECT_EQ(S->Pattern, "uprobe.s");

  S = progTypeFromSection("xdp.frags/cpumap");
  ASSERT_TRUE(S);
  EXPECT_TRUE(S->XdpFrags);
  EXPECT_EQ(S->Attach, AttachType::XdpCpumap);

  S = progTypeFromSection("fentry.s/x");
  ASSERT_TRUE(S);
  EXPECT_TRUE(S->Sleepable);
  EXPECT_TRUE(S->AttachBtf);
  EXPECT_FALSE(progTypeFromSection("kprobe")->Sleepable);
}

TEST(SectionsTest, Unrecognized) {
  EXPECT_FALSE(progTypeFromSection("").has_value());
  EXPECT_FALSE(progTypeFromSection(".text").has_value());
  EXPECT_FALSE(progTypeFromSection("my_section").has_value());
  // "tc" and "xdp" are exact names in libbpf 1.x.
  EXPECT_FALSE(progTypeFromSection("tc/foo").has_value());
  EXPECT_FALSE(progTypeFromSection("xdp_prog").has_value());
  EXPECT_FALSE(progTypeFromSection("xdp/foo").has_value());
  // "kprobe+" needs '/' after the prefix.
  EXPECT_FALSE(progTypeFromSection("kprobex").has_value());
  EXPECT_FALSE(progTypeFromSection("socket/foo").has_value());
}

} // namespace

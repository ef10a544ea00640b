//===- CtxAccessTest.cpp - Context rules of the other program types -------===//
//
// XDP, socket-address, sockops, sk_msg, sk_lookup, sk_reuseport, cgroup and
// tracing contexts, and the "unknown" answer for unmodelled types.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CtxAccess.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

using AT = AttachType;

CtxAccess load(ProgType PT, int32_t Off, uint32_t Size,
               AttachType A = AT::CgroupInetIngress) {
  return checkCtxAccess(PT, A, Off, Size, false);
}

CtxAccess store(ProgType PT, int32_t Off, uint32_t Size,
                AttachType A = AT::CgroupInetIngress) {
  return checkCtxAccess(PT, A, Off, Size, true);
}

TEST(CtxAccessTest, Xdp) {
  CtxAccess A = load(ProgType::Xdp, 0, 4, AT::Xdp);
  EXPECT_TRUE(A.Allowed);
  EXPECT_EQ(A.Kind, CtxValueKind::PacketData);
  A = load(ProgType::Xdp, 0, 8, AT::Xdp);
  EXPECT_FALSE(A.Allowed);
  EXPECT_EQ(A.Message, "invalid bpf_context access off=0 size=8");
  EXPECT_EQ(load(ProgType::Xdp, 4, 4, AT::Xdp).Kind, CtxValueKind::PacketEnd);
  EXPECT_EQ(load(ProgType::Xdp, 8, 4, AT::Xdp).Kind, CtxValueKind::PacketMeta);
  EXPECT_EQ(load(ProgType::Xdp, 12, 4, AT::Xdp).Kind, CtxValueKind::Scalar);
  EXPECT_FALSE(load(ProgType::Xdp, 12, 2, AT::Xdp).Allowed);
  EXPECT_FALSE(store(ProgType::Xdp, 16, 4, AT::Xdp).Allowed);
  EXPECT_FALSE(load(ProgType::Xdp, 24, 4, AT::Xdp).Allowed);
  // egress_ifindex only in devmap programs.
  EXPECT_FALSE(load(ProgType::Xdp, 20, 4, AT::Xdp).Allowed);
  EXPECT_TRUE(load(ProgType::Xdp, 20, 4, AT::XdpDevmap).Allowed);
  EXPECT_FALSE(
      checkCtxAccess(ProgType::Xdp, AT::Xdp, 0, 4, false, true).Allowed);
}

TEST(CtxAccessTest, CgroupSock) {
  // bound_dev_if, mark, priority: only at socket creation and release.
  EXPECT_TRUE(
      store(ProgType::CgroupSock, 16, 4, AT::CgroupInetSockCreate).Allowed);
  EXPECT_TRUE(
      load(ProgType::CgroupSock, 0, 4, AT::CgroupInetSockRelease).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSock, 16, 4, AT::CgroupInet4PostBind).Allowed);
  // src_ip4 only after bind4, read-only.
  EXPECT_TRUE(
      load(ProgType::CgroupSock, 24, 4, AT::CgroupInet4PostBind).Allowed);
  EXPECT_TRUE(
      load(ProgType::CgroupSock, 26, 2, AT::CgroupInet4PostBind).Allowed);
  EXPECT_FALSE(
      store(ProgType::CgroupSock, 24, 4, AT::CgroupInet4PostBind).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSock, 24, 4, AT::CgroupInet6PostBind).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSock, 24, 4, AT::CgroupInetSockCreate).Allowed);
  // Other fields: read-only everywhere; narrow loads of family.
  EXPECT_TRUE(
      load(ProgType::CgroupSock, 4, 1, AT::CgroupInetSockCreate).Allowed);
  EXPECT_FALSE(
      store(ProgType::CgroupSock, 4, 4, AT::CgroupInetSockCreate).Allowed);
  // dst_port: 2 bytes, or 4 with its padding.
  EXPECT_TRUE(
      load(ProgType::CgroupSock, 48, 2, AT::CgroupInetSockCreate).Allowed);
  EXPECT_TRUE(
      load(ProgType::CgroupSock, 48, 4, AT::CgroupInetSockCreate).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSock, 50, 2, AT::CgroupInetSockCreate).Allowed);
}

TEST(CtxAccessTest, SockAddr) {
  // user_ip4 exists for IPv4 hooks only.
  EXPECT_TRUE(
      load(ProgType::CgroupSockAddr, 4, 4, AT::CgroupInet4Connect).Allowed);
  EXPECT_TRUE(
      store(ProgType::CgroupSockAddr, 4, 4, AT::CgroupInet4Connect).Allowed);
  EXPECT_TRUE(
      load(ProgType::CgroupSockAddr, 4, 1, AT::CgroupInet4Connect).Allowed);
  EXPECT_FALSE(
      store(ProgType::CgroupSockAddr, 4, 2, AT::CgroupInet4Connect).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSockAddr, 4, 4, AT::CgroupInet6Connect).Allowed);
  // user_ip6: 8-byte accesses to aligned pairs of words.
  EXPECT_TRUE(
      load(ProgType::CgroupSockAddr, 8, 8, AT::CgroupInet6Connect).Allowed);
  EXPECT_TRUE(
      store(ProgType::CgroupSockAddr, 16, 8, AT::CgroupInet6Connect).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSockAddr, 8, 8, AT::CgroupInet4Connect).Allowed);
  // msg_src_ip4 for sendmsg4 only.
  EXPECT_TRUE(
      store(ProgType::CgroupSockAddr, 40, 4, AT::CgroupUdp4Sendmsg).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSockAddr, 40, 4, AT::CgroupInet4Connect).Allowed);
  // user_port for every hook.
  EXPECT_TRUE(
      store(ProgType::CgroupSockAddr, 24, 4, AT::CgroupUnixConnect).Allowed);
  // family, type, protocol: 4-byte loads only.
  EXPECT_TRUE(
      load(ProgType::CgroupSockAddr, 28, 4, AT::CgroupInet4Bind).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSockAddr, 28, 2, AT::CgroupInet4Bind).Allowed);
  EXPECT_FALSE(
      store(ProgType::CgroupSockAddr, 32, 4, AT::CgroupInet4Bind).Allowed);
  CtxAccess Sk = load(ProgType::CgroupSockAddr, 64, 8, AT::CgroupInet4Connect);
  EXPECT_TRUE(Sk.Allowed);
  EXPECT_EQ(Sk.Kind, CtxValueKind::Socket);
}

TEST(CtxAccessTest, SockOps) {
  EXPECT_TRUE(load(ProgType::SockOps, 0, 4, AT::CgroupSockOps).Allowed);
  EXPECT_FALSE(load(ProgType::SockOps, 0, 2, AT::CgroupSockOps).Allowed);
  EXPECT_TRUE(store(ProgType::SockOps, 4, 4, AT::CgroupSockOps).Allowed);
  EXPECT_TRUE(store(ProgType::SockOps, 164, 4, AT::CgroupSockOps).Allowed);
  EXPECT_FALSE(store(ProgType::SockOps, 8, 4, AT::CgroupSockOps).Allowed);
  EXPECT_TRUE(load(ProgType::SockOps, 168, 8, AT::CgroupSockOps).Allowed);
  EXPECT_FALSE(load(ProgType::SockOps, 168, 4, AT::CgroupSockOps).Allowed);
  EXPECT_EQ(load(ProgType::SockOps, 184, 8, AT::CgroupSockOps).Kind,
            CtxValueKind::SocketOrNull);
  EXPECT_EQ(load(ProgType::SockOps, 192, 8, AT::CgroupSockOps).Kind,
            CtxValueKind::PacketData);
  EXPECT_EQ(load(ProgType::SockOps, 200, 8, AT::CgroupSockOps).Kind,
            CtxValueKind::PacketEnd);
  EXPECT_TRUE(load(ProgType::SockOps, 212, 1, AT::CgroupSockOps).Allowed);
}

TEST(CtxAccessTest, SkMsg) {
  EXPECT_EQ(load(ProgType::SkMsg, 0, 8).Kind, CtxValueKind::PacketData);
  EXPECT_EQ(load(ProgType::SkMsg, 8, 8).Kind, CtxValueKind::PacketEnd);
  EXPECT_EQ(load(ProgType::SkMsg, 72, 8).Kind, CtxValueKind::Socket);
  EXPECT_FALSE(load(ProgType::SkMsg, 0, 4).Allowed);
  EXPECT_TRUE(load(ProgType::SkMsg, 68, 4).Allowed);
  EXPECT_FALSE(load(ProgType::SkMsg, 68, 2).Allowed);
  EXPECT_FALSE(store(ProgType::SkMsg, 68, 4).Allowed);
}

TEST(CtxAccessTest, SkLookup) {
  EXPECT_EQ(load(ProgType::SkLookup, 0, 8, AT::SkLookup).Kind,
            CtxValueKind::SocketOrNull);
  EXPECT_TRUE(load(ProgType::SkLookup, 8, 1, AT::SkLookup).Allowed);
  EXPECT_TRUE(load(ProgType::SkLookup, 36, 2, AT::SkLookup).Allowed);
  EXPECT_TRUE(load(ProgType::SkLookup, 36, 4, AT::SkLookup).Allowed);
  EXPECT_TRUE(load(ProgType::SkLookup, 38, 2, AT::SkLookup).Allowed);
  EXPECT_FALSE(load(ProgType::SkLookup, 60, 8, AT::SkLookup).Allowed);
  EXPECT_FALSE(store(ProgType::SkLookup, 60, 4, AT::SkLookup).Allowed);
}

TEST(CtxAccessTest, SkReuseport) {
  AttachType A = AT::SkReuseportSelect;
  EXPECT_EQ(load(ProgType::SkReuseport, 0, 8, A).Kind,
            CtxValueKind::PacketData);
  EXPECT_EQ(load(ProgType::SkReuseport, 40, 8, A).Kind, CtxValueKind::Socket);
  EXPECT_EQ(load(ProgType::SkReuseport, 48, 8, A).Kind,
            CtxValueKind::SockCommonOrNull);
  EXPECT_FALSE(load(ProgType::SkReuseport, 20, 1, A).Allowed);
  EXPECT_TRUE(load(ProgType::SkReuseport, 20, 2, A).Allowed);
  EXPECT_TRUE(load(ProgType::SkReuseport, 24, 1, A).Allowed);
  EXPECT_FALSE(load(ProgType::SkReuseport, 32, 2, A).Allowed);
}

TEST(CtxAccessTest, CgroupHooks) {
  EXPECT_TRUE(load(ProgType::CgroupSysctl, 0, 1, AT::CgroupSysctl).Allowed);
  EXPECT_FALSE(store(ProgType::CgroupSysctl, 0, 4, AT::CgroupSysctl).Allowed);
  EXPECT_TRUE(store(ProgType::CgroupSysctl, 4, 4, AT::CgroupSysctl).Allowed);
  EXPECT_FALSE(load(ProgType::CgroupSysctl, 4, 8, AT::CgroupSysctl).Allowed);

  EXPECT_EQ(load(ProgType::CgroupSockopt, 8, 8, AT::CgroupGetsockopt).Kind,
            CtxValueKind::PacketData);
  EXPECT_EQ(load(ProgType::CgroupSockopt, 16, 8, AT::CgroupGetsockopt).Kind,
            CtxValueKind::PacketEnd);
  EXPECT_EQ(load(ProgType::CgroupSockopt, 0, 8, AT::CgroupGetsockopt).Kind,
            CtxValueKind::Socket);
  EXPECT_TRUE(
      store(ProgType::CgroupSockopt, 36, 4, AT::CgroupGetsockopt).Allowed);
  EXPECT_FALSE(
      store(ProgType::CgroupSockopt, 36, 4, AT::CgroupSetsockopt).Allowed);
  EXPECT_FALSE(
      load(ProgType::CgroupSockopt, 36, 4, AT::CgroupSetsockopt).Allowed);
  EXPECT_TRUE(
      store(ProgType::CgroupSockopt, 24, 4, AT::CgroupSetsockopt).Allowed);
  EXPECT_TRUE(
      store(ProgType::CgroupSockopt, 32, 4, AT::CgroupGetsockopt).Allowed);

  EXPECT_TRUE(load(ProgType::CgroupDevice, 0, 2, AT::CgroupDevice).Allowed);
  EXPECT_FALSE(load(ProgType::CgroupDevice, 4, 2, AT::CgroupDevice).Allowed);
  EXPECT_TRUE(load(ProgType::CgroupDevice, 8, 4, AT::CgroupDevice).Allowed);
  EXPECT_FALSE(load(ProgType::CgroupDevice, 8, 8, AT::CgroupDevice).Allowed);
}

TEST(CtxAccessTest, Tracing) {
  // pt_regs: read-only, any aligned size inside the struct.
  EXPECT_TRUE(load(ProgType::Kprobe, 112, 8).Allowed); // di
  EXPECT_TRUE(load(ProgType::Kprobe, 112, 4).Allowed);
  EXPECT_FALSE(load(ProgType::Kprobe, 164, 8).Allowed);
  EXPECT_FALSE(load(ProgType::Kprobe, 168, 8).Allowed);
  EXPECT_FALSE(store(ProgType::Kprobe, 112, 8).Allowed);

  // Tracepoints hide their first 8 bytes.
  EXPECT_FALSE(load(ProgType::Tracepoint, 0, 8).Allowed);
  EXPECT_TRUE(load(ProgType::Tracepoint, 8, 8).Allowed);
  EXPECT_TRUE(load(ProgType::Tracepoint, 16, 4).Allowed);
  EXPECT_TRUE(load(ProgType::Tracepoint, 8188, 4).Allowed);
  EXPECT_FALSE(load(ProgType::Tracepoint, 8192, 4).Allowed);
  EXPECT_FALSE(store(ProgType::Tracepoint, 16, 4).Allowed);
  // A quirk of the kernel's signed/unsigned comparison, confirmed on the
  // host: negative aligned offsets are accepted.
  EXPECT_TRUE(load(ProgType::Tracepoint, -8, 8).Allowed);
  EXPECT_FALSE(load(ProgType::Tracepoint, -6, 4).Allowed);

  EXPECT_TRUE(load(ProgType::PerfEvent, 0, 8).Allowed);
  EXPECT_FALSE(load(ProgType::PerfEvent, 0, 4).Allowed);
  EXPECT_TRUE(load(ProgType::PerfEvent, 168, 4).Allowed);
  EXPECT_TRUE(load(ProgType::PerfEvent, 176, 8).Allowed);
  EXPECT_FALSE(load(ProgType::PerfEvent, 184, 8).Allowed);

  EXPECT_TRUE(load(ProgType::RawTracepoint, 88, 8).Allowed);
  EXPECT_FALSE(load(ProgType::RawTracepoint, 96, 8).Allowed);
  EXPECT_EQ(load(ProgType::RawTracepoint, 0, 8).Kind, CtxValueKind::Scalar);
  EXPECT_EQ(load(ProgType::RawTracepointWritable, 0, 8).Kind,
            CtxValueKind::TpBuffer);
  EXPECT_FALSE(load(ProgType::RawTracepointWritable, 0, 4).Allowed);
  EXPECT_EQ(load(ProgType::RawTracepointWritable, 8, 8).Kind,
            CtxValueKind::Scalar);
}

TEST(CtxAccessTest, Netfilter) {
  CtxAccess A = load(ProgType::Netfilter, 8, 8, AT::Netfilter);
  EXPECT_TRUE(A.Allowed);
  EXPECT_EQ(A.Kind, CtxValueKind::BtfId);
  EXPECT_STREQ(A.BtfType, "sk_buff");
  EXPECT_STREQ(load(ProgType::Netfilter, 0, 8, AT::Netfilter).BtfType,
               "nf_hook_state");
  EXPECT_FALSE(load(ProgType::Netfilter, 8, 4, AT::Netfilter).Allowed);
}

TEST(CtxAccessTest, UnmodeledTypes) {
  for (ProgType PT : {ProgType::Tracing, ProgType::Lsm, ProgType::StructOps,
                      ProgType::Ext, ProgType::LircMode2}) {
    CtxAccess A = load(PT, 0, 8);
    EXPECT_FALSE(A.Modeled) << progTypeName(PT);
    EXPECT_FALSE(A.Allowed) << progTypeName(PT);
  }
}

TEST(CtxAccessTest, Syscall) {
  // The caller's buffer: aligned reads and writes below 64 KiB.
  CtxAccess A = load(ProgType::Syscall, 16, 8);
  EXPECT_TRUE(A.Modeled);
  EXPECT_TRUE(A.Allowed);
  EXPECT_EQ(A.Kind, CtxValueKind::Scalar);
  EXPECT_TRUE(checkCtxAccess(ProgType::Syscall, AT::CgroupInetIngress, 32760, 8,
                             /*IsWrite=*/true)
                  .Allowed);
  EXPECT_FALSE(load(ProgType::Syscall, 2, 4).Allowed);
  EXPECT_FALSE(load(ProgType::Syscall, -8, 8).Allowed);
  EXPECT_FALSE(load(ProgType::Syscall, 0xffff, 1).Allowed);
}

TEST(CtxAccessTest, KindNames) {
  EXPECT_STREQ(ctxValueKindName(CtxValueKind::PacketEnd), "pkt_end");
  EXPECT_EQ(ctxAccessMessage(12, 2),
            "invalid bpf_context access off=12 size=2");
}

} // namespace

//===- ProgTypesTest.cpp - Program and attach type numbering --------------===//
//
// The enums must keep the kernel's numbering, since values are read from
// objects and bpf_attr unchanged.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/ProgTypes.h"
#include "verifiable/Model/PacketAccess.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

TEST(ProgTypesTest, KernelNumbering) {
  EXPECT_EQ(static_cast<uint32_t>(ProgType::SocketFilter), 1u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::Kprobe), 2u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::SchedCls), 3u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::Xdp), 6u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::CgroupSockAddr), 18u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::Tracing), 26u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::SkLookup), 30u);
  EXPECT_EQ(static_cast<uint32_t>(ProgType::Netfilter), 32u);

  EXPECT_EQ(static_cast<uint32_t>(AttachType::CgroupInetEgress), 1u);
  EXPECT_EQ(static_cast<uint32_t>(AttachType::CgroupInet4Connect), 10u);
  EXPECT_EQ(static_cast<uint32_t>(AttachType::CgroupSetsockopt), 22u);
  EXPECT_EQ(static_cast<uint32_t>(AttachType::Xdp), 37u);
  EXPECT_EQ(static_cast<uint32_t>(AttachType::TcxIngress), 46u);
  EXPECT_EQ(static_cast<uint32_t>(AttachType::TraceKprobeSession), 56u);
  EXPECT_EQ(static_cast<uint32_t>(AttachType::TraceUprobeSession), 57u);
}

TEST(ProgTypesTest, Names) {
  EXPECT_STREQ(progTypeName(ProgType::Xdp), "BPF_PROG_TYPE_XDP");
  EXPECT_STREQ(attachTypeName(AttachType::CgroupInetEgress),
               "BPF_CGROUP_INET_EGRESS");
  EXPECT_EQ(progTypeName(static_cast<ProgType>(1000)), nullptr);
  EXPECT_EQ(progTypeFromName("BPF_PROG_TYPE_SCHED_CLS"), ProgType::SchedCls);
  EXPECT_EQ(attachTypeFromName("BPF_SK_LOOKUP"), AttachType::SkLookup);
  EXPECT_EQ(progTypeFromName("BPF_PROG_TYPE_NOPE"), std::nullopt);
  for (uint32_t Id = 0; Id <= 32; ++Id)
    EXPECT_NE(progTypeName(static_cast<ProgType>(Id)), nullptr) << Id;
  for (uint32_t Id = 0; Id <= 57; ++Id)
    EXPECT_NE(attachTypeName(static_cast<AttachType>(Id)), nullptr) << Id;
}

TEST(ProgTypesTest, Modeled) {
  EXPECT_TRUE(isProgTypeModeled(ProgType::Xdp));
  EXPECT_TRUE(isProgTypeModeled(ProgType::SchedCls));
  EXPECT_TRUE(isProgTypeModeled(ProgType::Kprobe));
  EXPECT_FALSE(isProgTypeModeled(ProgType::Tracing));
  EXPECT_FALSE(isProgTypeModeled(ProgType::Lsm));
  EXPECT_FALSE(isProgTypeModeled(ProgType::StructOps));
  EXPECT_FALSE(isProgTypeModeled(ProgType::Ext));
  EXPECT_FALSE(isProgTypeModeled(ProgType::Unspec));
  EXPECT_FALSE(isProgTypeModeled(static_cast<ProgType>(99)));
}

TEST(ProgTypesTest, TracingProgTypes) {
  EXPECT_TRUE(isTracingProgType(ProgType::Kprobe));
  EXPECT_TRUE(isTracingProgType(ProgType::RawTracepointWritable));
  EXPECT_FALSE(isTracingProgType(ProgType::Tracing));
  EXPECT_FALSE(isTracingProgType(ProgType::Xdp));
}

TEST(ProgTypesTest, PrivateStack) {
  EXPECT_TRUE(mayUsePrivateStack(ProgType::Tracepoint));
  EXPECT_TRUE(mayUsePrivateStack(ProgType::RawTracepoint));
  // Unlike is_tracing_prog_type(), the writable raw tracepoint is left out.
  EXPECT_FALSE(mayUsePrivateStack(ProgType::RawTracepointWritable));
  EXPECT_FALSE(mayUsePrivateStack(ProgType::Xdp));
}

TEST(ProgTypesTest, LegacyPacketLoads) {
  EXPECT_TRUE(mayUseLegacyPacketLoads(ProgType::SocketFilter));
  EXPECT_TRUE(mayUseLegacyPacketLoads(ProgType::SchedCls));
  EXPECT_FALSE(mayUseLegacyPacketLoads(ProgType::Xdp));
  EXPECT_FALSE(mayUseLegacyPacketLoads(ProgType::CgroupSkb));
}

} // namespace

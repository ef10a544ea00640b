//===- ReturnRangesTest.cpp - Return value ranges -------------------------===//
//
// check_return_code() of Linux 6.12, for main programs.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/ReturnRanges.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

using AT = AttachType;

void expectRange(ProgType PT, AttachType A, int32_t Min, int32_t Max) {
  std::optional<RetRange> R = expectedReturnRange(PT, A);
  ASSERT_TRUE(R.has_value()) << progTypeName(PT) << " " << attachTypeName(A);
  EXPECT_EQ(R->Min, Min) << progTypeName(PT) << " " << attachTypeName(A);
  EXPECT_EQ(R->Max, Max) << progTypeName(PT) << " " << attachTypeName(A);
}

void expectAny(ProgType PT, AttachType A = AT::CgroupInetIngress) {
  EXPECT_EQ(returnRule(PT, A).Kind, ReturnRuleKind::Any) << progTypeName(PT);
  EXPECT_FALSE(expectedReturnRange(PT, A).has_value()) << progTypeName(PT);
}

TEST(ReturnRangesTest, Cgroup) {
  expectRange(ProgType::CgroupSkb, AT::CgroupInetIngress, 0, 1);
  expectRange(ProgType::CgroupSkb, AT::CgroupInetEgress, 0, 3);
  expectRange(ProgType::CgroupSock, AT::CgroupInetSockCreate, 0, 1);
  expectRange(ProgType::CgroupSockAddr, AT::CgroupInet4Connect, 0, 1);
  expectRange(ProgType::CgroupSockAddr, AT::CgroupUdp6Sendmsg, 0, 1);
  expectRange(ProgType::CgroupSockAddr, AT::CgroupInet4Bind, 0, 3);
  expectRange(ProgType::CgroupSockAddr, AT::CgroupUdp4Recvmsg, 1, 1);
  expectRange(ProgType::CgroupSockAddr, AT::CgroupUnixGetsockname, 1, 1);
  expectRange(ProgType::SockOps, AT::CgroupSockOps, 0, 1);
  expectRange(ProgType::CgroupDevice, AT::CgroupDevice, 0, 1);
  expectRange(ProgType::CgroupSysctl, AT::CgroupSysctl, 0, 1);
  expectRange(ProgType::CgroupSockopt, AT::CgroupGetsockopt, 0, 1);
}

TEST(ReturnRangesTest, Others) {
  expectRange(ProgType::SkLookup, AT::SkLookup, 0, 1);
  expectRange(ProgType::Netfilter, AT::Netfilter, 0, 1);
  expectRange(ProgType::Kprobe, AT::TraceKprobeSession, 0, 1);
  expectRange(ProgType::Kprobe, AT::TraceUprobeSession, 0, 1);
  expectRange(ProgType::Tracing, AT::TraceFentry, 0, 0);
  expectRange(ProgType::Tracing, AT::TraceIter, 0, 1);
  expectAny(ProgType::Xdp, AT::Xdp);
  expectAny(ProgType::SchedCls);
  expectAny(ProgType::SocketFilter);
  expectAny(ProgType::Kprobe);
  expectAny(ProgType::Tracepoint);
  expectAny(ProgType::RawTracepoint);
  expectAny(ProgType::SkSkb);
  expectAny(ProgType::SkMsg);
  expectAny(ProgType::Tracing, AT::ModifyReturn);
  EXPECT_EQ(returnRule(ProgType::Lsm, AT::LsmMac).Kind,
            ReturnRuleKind::Unknown);
  EXPECT_EQ(returnRule(ProgType::StructOps, AT::CgroupInetIngress).Kind,
            ReturnRuleKind::Unknown);
}

} // namespace

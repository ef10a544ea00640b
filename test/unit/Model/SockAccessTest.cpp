//===- SockAccessTest.cpp - Socket mirrors and flow keys ------------------===//
//
// Loads through PTR_TO_SOCKET, PTR_TO_SOCK_COMMON, PTR_TO_TCP_SOCK and
// PTR_TO_XDP_SOCK, and accesses to struct bpf_flow_keys.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/SockAccess.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

TEST(SockAccessTest, BpfSock) {
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::Socket, 4, 4)); // family
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::Socket, 4, 1));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::Socket, 5, 1)); // inside family
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::Socket, 16, 4)); // mark
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::Socket, 16, 2));
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::Socket, 58, 2)); // dst_ip6[0]
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::Socket, 48, 2)); // dst_port
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::Socket, 48, 4));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::Socket, 50, 2));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::Socket, 80, 4));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::Socket, 0, 8));
}

TEST(SockAccessTest, SockCommonLacksSocketFields) {
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::SockCommon, 4, 4));   // family
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::SockCommon, 8, 4));  // type
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::SockCommon, 20, 4)); // priority
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::SockCommon, 72, 4));  // state
}

TEST(SockAccessTest, TcpAndXdpSock) {
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::TcpSock, 0, 4));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::TcpSock, 0, 2));
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::TcpSock, 80, 8));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::TcpSock, 80, 4));
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::TcpSock, 108, 4));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::TcpSock, 112, 4));
  EXPECT_TRUE(sockLoadAllowed(SockPtrKind::XdpSock, 0, 4));
  EXPECT_FALSE(sockLoadAllowed(SockPtrKind::XdpSock, 0, 8));
}

TEST(SockAccessTest, Messages) {
  EXPECT_EQ(sockAccessMessage(1, SockPtrKind::Socket, 8, 2),
            "R1 invalid sock access off=8 size=2");
  EXPECT_EQ(sockWriteMessage(3, SockPtrKind::TcpSock),
            "R3 cannot write into tcp_sock");
}

TEST(SockAccessTest, FlowKeys) {
  EXPECT_TRUE(flowKeysAccessAllowed(0, 56));
  EXPECT_TRUE(flowKeysAccessAllowed(52, 4));
  EXPECT_FALSE(flowKeysAccessAllowed(53, 4));
  EXPECT_FALSE(flowKeysAccessAllowed(-1, 1));
  EXPECT_EQ(flowKeysAccessMessage(53, 4),
            "invalid access to flow keys off=53 size=4");
}

} // namespace

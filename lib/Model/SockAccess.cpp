//===- SockAccess.cpp - Rules for socket mirrors and flow keys ------------===//
//
// struct bpf_sock allows narrow loads of its identifying fields and of the
// addresses, exact 4-byte loads of the rest; struct bpf_tcp_sock and struct
// bpf_xdp_sock allow exact-size loads only. A sock_common pointer lacks the
// fields from type to priority.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/SockAccess.h"

#include "CtxRules.h"

namespace verifiable {
namespace model {

using namespace ctx;

bool ctx::bpfSockSizeOk(int64_t Off, uint32_t Size) {
  if (Off < 0 || Off >= BpfSock::StructSize || Off % Size != 0)
    return false;
  // Fields with narrow loads at their first byte only.
  if (BpfSock::state.startsAt(Off) || BpfSock::family.startsAt(Off) ||
      BpfSock::type.startsAt(Off) || BpfSock::protocol.startsAt(Off) ||
      BpfSock::src_port.startsAt(Off) ||
      BpfSock::rx_queue_mapping.startsAt(Off))
    return narrowOk(Size, 4);
  // Address words: narrow loads anywhere inside.
  if (BpfSock::src_ip4.contains(Off) || BpfSock::src_ip6.contains(Off) ||
      BpfSock::dst_ip4.contains(Off) || BpfSock::dst_ip6.contains(Off))
    return narrowOk(Size, 4);
  // dst_port is 2 bytes followed by 2 bytes of padding; a 4-byte load of
  // both is accepted.
  if (BpfSock::dst_port.contains(Off))
    return Size == 4 || narrowOk(Size, 2);
  if (Off >= BpfSock::dst_port.End && Off < BpfSock::dst_ip4.Begin)
    return false;
  return Size == 4;
}

namespace {

bool tcpSockLoad(int64_t Off, uint32_t Size) {
  if (Off < 0 || Off >= BpfTcpSock::icsk_retransmits.End || Off % Size != 0)
    return false;
  if (BpfTcpSock::bytes_received.startsAt(Off) ||
      BpfTcpSock::bytes_acked.startsAt(Off))
    return Size == 8;
  return Size == 4;
}

bool xdpSockLoad(int64_t Off, uint32_t Size) {
  return Off >= 0 && Off < BpfXdpSock::queue_id.End && Off % Size == 0 &&
         Size == 4;
}

std::string offSize(int64_t Off, int64_t Size) {
  return "off=" + std::to_string(Off) + " size=" + std::to_string(Size);
}

} // namespace

const char *sockPtrKindName(SockPtrKind K) {
  switch (K) {
  case SockPtrKind::SockCommon:
    return "sock_common";
  case SockPtrKind::Socket:
    return "sock";
  case SockPtrKind::TcpSock:
    return "tcp_sock";
  case SockPtrKind::XdpSock:
    return "xdp_sock";
  }
  return "?";
}

bool sockLoadAllowed(SockPtrKind K, int64_t Off, uint32_t Size) {
  if (Size == 0)
    return false;
  switch (K) {
  case SockPtrKind::SockCommon:
    if (Off >= BpfSock::type.Begin && Off < BpfSock::priority.End)
      return false;
    return bpfSockSizeOk(Off, Size);
  case SockPtrKind::Socket:
    return bpfSockSizeOk(Off, Size);
  case SockPtrKind::TcpSock:
    return tcpSockLoad(Off, Size);
  case SockPtrKind::XdpSock:
    return xdpSockLoad(Off, Size);
  }
  return false;
}

std::string sockAccessMessage(unsigned Regno, SockPtrKind K, int64_t Off,
                              uint32_t Size) {
  return "R" + std::to_string(Regno) + " invalid " + sockPtrKindName(K) +
         " access " + offSize(Off, Size);
}

std::string sockWriteMessage(unsigned Regno, SockPtrKind K) {
  return "R" + std::to_string(Regno) + " cannot write into " +
         sockPtrKindName(K);
}

bool flowKeysAccessAllowed(int64_t Off, int64_t Size) {
  return Size >= 0 && Off >= 0 && Off + Size <= BpfFlowKeys::StructSize;
}

std::string flowKeysAccessMessage(int64_t Off, int64_t Size) {
  return "invalid access to flow keys " + offSize(Off, Size);
}

} // namespace model
} // namespace verifiable

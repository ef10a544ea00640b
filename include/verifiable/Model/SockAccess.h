//===- SockAccess.h - Loads through socket pointers -------------*- C++ -*-===//
//
// Helpers and context fields hand out pointers to kernel-maintained mirrors
// of sockets (struct bpf_sock, struct bpf_tcp_sock, struct bpf_xdp_sock) and
// to the flow dissector's struct bpf_flow_keys. The kernel allows fixed
// loads from these, never stores to the socket ones. The same struct bpf_sock
// rules, plus per-attach-type restrictions, govern cgroup/sock contexts.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_SOCKACCESS_H
#define VERIFIABLE_MODEL_SOCKACCESS_H

#include <cstdint>
#include <string>

namespace verifiable {
namespace model {

/// Register types that point to a socket mirror.
enum class SockPtrKind : uint8_t {
  SockCommon, // PTR_TO_SOCK_COMMON: the fields every socket has
  Socket,     // PTR_TO_SOCKET: struct bpf_sock
  TcpSock,    // PTR_TO_TCP_SOCK: struct bpf_tcp_sock
  XdpSock,    // PTR_TO_XDP_SOCK: struct bpf_xdp_sock
};

/// The kernel's name for the register type: "sock_common", "sock",
/// "tcp_sock", "xdp_sock".
const char *sockPtrKindName(SockPtrKind K);

/// Whether a load of \p Size bytes at \p Off through such a pointer is
/// accepted. Stores are always refused ("R%d cannot write into sock").
bool sockLoadAllowed(SockPtrKind K, int64_t Off, uint32_t Size);

/// "R1 invalid sock access off=8 size=2".
std::string sockAccessMessage(unsigned Regno, SockPtrKind K, int64_t Off,
                              uint32_t Size);
/// "R1 cannot write into sock".
std::string sockWriteMessage(unsigned Regno, SockPtrKind K);

/// Flow keys (PTR_TO_FLOW_KEYS) may be read and written anywhere inside
/// struct bpf_flow_keys.
bool flowKeysAccessAllowed(int64_t Off, int64_t Size);
/// "invalid access to flow keys off=%d size=%d".
std::string flowKeysAccessMessage(int64_t Off, int64_t Size);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_SOCKACCESS_H

//===- CtxAccessSock.cpp - cgroup/sock, sock_addr and sock_ops contexts ---===//
//
// cgroup/sock* programs see struct bpf_sock with some fields only for some
// hooks; cgroup/connect4 and friends see struct bpf_sock_addr, whose address
// fields exist only for the hook's address family; sockops programs see
// struct bpf_sock_ops and may write only the reply and the tx hash.
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

#include <initializer_list>

namespace verifiable {
namespace model {
namespace ctx {

namespace {

bool attachIn(AttachType AT, std::initializer_list<AttachType> Types) {
  for (AttachType T : Types)
    if (AT == T)
      return true;
  return false;
}

} // namespace

Verdict cgroupSockAccess(const Request &R) {
  using AT = AttachType;
  if (!bpfSockSizeOk(R.Off, R.Size))
    return refuse();
  // Socket options that only the creating and releasing hooks may touch,
  // for reading as well as writing.
  if (BpfSock::bound_dev_if.startsAt(R.Off) || BpfSock::mark.startsAt(R.Off) ||
      BpfSock::priority.startsAt(R.Off))
    return acceptIf(attachIn(R.Attach, {AT::CgroupInetSockCreate,
                                        AT::CgroupInetSockRelease}),
                    R);
  // The bound address exists only after bind.
  bool Readable = true;
  if (BpfSock::src_ip4.contains(R.Off))
    Readable = R.Attach == AT::CgroupInet4PostBind;
  else if (BpfSock::src_ip6.contains(R.Off))
    Readable = R.Attach == AT::CgroupInet6PostBind;
  else if (BpfSock::src_port.contains(R.Off))
    Readable =
        attachIn(R.Attach, {AT::CgroupInet4PostBind, AT::CgroupInet6PostBind});
  return acceptIf(Readable && !R.Write, R);
}

Verdict sockAddrAccess(const Request &R) {
  using AT = AttachType;
  if (!inBoundsAligned(R, BpfSockAddr::StructSize))
    return refuse();

  // Address fields of the other family (or of no family) do not exist.
  if (BpfSockAddr::user_ip4.contains(R.Off) &&
      !attachIn(R.Attach,
                {AT::CgroupInet4Bind, AT::CgroupInet4Connect,
                 AT::CgroupInet4Getpeername, AT::CgroupInet4Getsockname,
                 AT::CgroupUdp4Sendmsg, AT::CgroupUdp4Recvmsg}))
    return refuse();
  if (BpfSockAddr::user_ip6.contains(R.Off) &&
      !attachIn(R.Attach,
                {AT::CgroupInet6Bind, AT::CgroupInet6Connect,
                 AT::CgroupInet6Getpeername, AT::CgroupInet6Getsockname,
                 AT::CgroupUdp6Sendmsg, AT::CgroupUdp6Recvmsg}))
    return refuse();
  if (BpfSockAddr::msg_src_ip4.contains(R.Off) &&
      R.Attach != AT::CgroupUdp4Sendmsg)
    return refuse();
  if (BpfSockAddr::msg_src_ip6.contains(R.Off) &&
      R.Attach != AT::CgroupUdp6Sendmsg)
    return refuse();

  if (BpfSockAddr::user_ip4.contains(R.Off) ||
      BpfSockAddr::user_ip6.contains(R.Off) ||
      BpfSockAddr::msg_src_ip4.contains(R.Off) ||
      BpfSockAddr::msg_src_ip6.contains(R.Off) ||
      BpfSockAddr::user_port.contains(R.Off)) {
    // Two IPv6 words at once, in either direction.
    if (wideOk(R.Off, R.Size, BpfSockAddr::user_ip6) ||
        wideOk(R.Off, R.Size, BpfSockAddr::msg_src_ip6))
      return accept(R);
    return acceptIf(R.Write ? R.Size == 4 : narrowOk(R.Size, 4), R);
  }
  if (BpfSockAddr::sk.contains(R.Off))
    return acceptIf(!R.Write && R.Size == 8, R, CtxValueKind::Socket);
  if (BpfSockAddr::user_family.contains(R.Off) ||
      BpfSockAddr::family.contains(R.Off) ||
      BpfSockAddr::type.contains(R.Off) ||
      BpfSockAddr::protocol.contains(R.Off))
    return acceptIf(!R.Write && R.Size == 4, R);
  return refuse();
}

Verdict sockOpsAccess(const Request &R) {
  if (!inBoundsAligned(R, BpfSockOps::StructSize))
    return refuse();
  if (R.Write)
    return acceptIf((BpfSockOps::reply.startsAt(R.Off) ||
                     BpfSockOps::sk_txhash.startsAt(R.Off)) &&
                        R.Size == 4,
                    R);
  if (BpfSockOps::bytes_received.contains(R.Off) ||
      BpfSockOps::bytes_acked.contains(R.Off) ||
      BpfSockOps::skb_hwtstamp.contains(R.Off))
    return acceptIf(R.Size == 8, R);
  if (BpfSockOps::sk.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::SocketOrNull);
  if (BpfSockOps::skb_data.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketData);
  if (BpfSockOps::skb_data_end.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketEnd);
  if (BpfSockOps::skb_tcp_flags.startsAt(R.Off))
    return acceptIf(narrowOk(R.Size, 4), R);
  return acceptIf(R.Size == 4, R);
}

} // namespace ctx
} // namespace model
} // namespace verifiable

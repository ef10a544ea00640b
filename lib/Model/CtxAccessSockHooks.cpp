//===- CtxAccessSockHooks.cpp - sk_msg, sk_reuseport, sk_lookup contexts --===//
//
// Socket-layer hooks that do not see an skb: sk_msg programs read message
// bounds and addresses, sk_reuseport programs the incoming packet and the
// candidate sockets, sk_lookup programs the 4-tuple being looked up. All
// three contexts are read-only.
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

namespace verifiable {
namespace model {
namespace ctx {

Verdict skMsgAccess(const Request &R) {
  if (R.Write || R.Off % R.Size != 0)
    return refuse();
  if (SkMsgMd::data.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketData);
  if (SkMsgMd::data_end.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketEnd);
  if (SkMsgMd::sk.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::Socket);
  if (SkMsgMd::family.contains(R.Off) || SkMsgMd::remote_ip4.contains(R.Off) ||
      SkMsgMd::local_ip4.contains(R.Off) ||
      SkMsgMd::remote_ip6.contains(R.Off) ||
      SkMsgMd::local_ip6.contains(R.Off) ||
      SkMsgMd::remote_port.contains(R.Off) ||
      SkMsgMd::local_port.contains(R.Off) || SkMsgMd::size.contains(R.Off))
    return acceptIf(R.Size == 4, R);
  return refuse();
}

Verdict skReuseportAccess(const Request &R) {
  if (!inBoundsAligned(R, SkReuseportMd::StructSize) || R.Write)
    return refuse();
  if (SkReuseportMd::data.startsAt(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketData);
  if (SkReuseportMd::data_end.startsAt(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketEnd);
  if (SkReuseportMd::hash.startsAt(R.Off))
    return acceptIf(R.Size == 4, R);
  if (SkReuseportMd::sk.startsAt(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::Socket);
  if (SkReuseportMd::migrating_sk.startsAt(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::SockCommonOrNull);
  // eth_protocol mirrors the 2-byte skb->protocol: no single-byte loads.
  if (SkReuseportMd::eth_protocol.contains(R.Off))
    return acceptIf(R.Size >= 2 && narrowOk(R.Size, 4), R);
  if (SkReuseportMd::ip_protocol.contains(R.Off) ||
      SkReuseportMd::bind_inany.contains(R.Off) ||
      SkReuseportMd::len.contains(R.Off))
    return acceptIf(narrowOk(R.Size, 4), R);
  return refuse();
}

Verdict skLookupAccess(const Request &R) {
  if (!inBoundsAligned(R, BpfSkLookup::StructSize) || R.Write)
    return refuse();
  if (BpfSkLookup::sk.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::SocketOrNull);
  if (BpfSkLookup::family.contains(R.Off) ||
      BpfSkLookup::protocol.contains(R.Off) ||
      BpfSkLookup::remote_ip4.contains(R.Off) ||
      BpfSkLookup::local_ip4.contains(R.Off) ||
      BpfSkLookup::remote_ip6.contains(R.Off) ||
      BpfSkLookup::local_ip6.contains(R.Off) ||
      BpfSkLookup::local_port.contains(R.Off) ||
      BpfSkLookup::ingress_ifindex.contains(R.Off))
    return acceptIf(narrowOk(R.Size, 4), R);
  // remote_port is 2 bytes; a 4-byte load with the padding after it is
  // accepted, as is any narrow load of the padding itself.
  if (BpfSkLookup::remote_port.contains(R.Off))
    return acceptIf(R.Size == 4 || narrowOk(R.Size, 2), R);
  if (R.Off >= BpfSkLookup::remote_port.End &&
      R.Off < BpfSkLookup::local_ip4.Begin)
    return acceptIf(narrowOk(R.Size, 2), R);
  return refuse();
}

} // namespace ctx
} // namespace model
} // namespace verifiable

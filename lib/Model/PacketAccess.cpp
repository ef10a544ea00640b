//===- PacketAccess.cpp - Direct packet access per program type -----------===//
//
// Kernel 6.12/6.18: lightweight tunnels (in, out, seg6local), reuseport,
// the flow dissector and cgroup skb programs read packets; tc, XDP, the
// lwt xmit hook, sk_skb and sk_msg also write them; cgroup sockopt
// programs read and write the option buffer, which is a packet to the
// verifier.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/PacketAccess.h"

using namespace verifiable;
using namespace verifiable::model;

bool model::mayUseLegacyPacketLoads(ProgType PT) {
  return PT == ProgType::SocketFilter || PT == ProgType::SchedCls ||
         PT == ProgType::SchedAct;
}

PacketAccess model::directPacketAccess(ProgType PT) {
  switch (PT) {
  case ProgType::LwtIn:
  case ProgType::LwtOut:
  case ProgType::LwtSeg6local:
  case ProgType::SkReuseport:
  case ProgType::FlowDissector:
  case ProgType::CgroupSkb:
    return PacketAccess::ReadOnly;
  case ProgType::SchedCls:
  case ProgType::SchedAct:
  case ProgType::Xdp:
  case ProgType::LwtXmit:
  case ProgType::SkSkb:
  case ProgType::SkMsg:
  case ProgType::CgroupSockopt:
    return PacketAccess::ReadWrite;
  default:
    return PacketAccess::None;
  }
}

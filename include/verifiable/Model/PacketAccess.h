//===- PacketAccess.h - Which program types touch packets directly -*- C++ -*-//
//
// Direct packet access (loads and stores through skb->data or xdp->data
// pointers, and packet pointers passed to helpers) is a per-program-type
// privilege: some types may only read the packet, some may also write it,
// the others get no packet pointers at all. This is the kernel's
// may_access_direct_pkt_data() as data.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_PACKETACCESS_H
#define VERIFIABLE_MODEL_PACKETACCESS_H

#include "verifiable/Model/ProgTypes.h"

namespace verifiable {
namespace model {

enum class PacketAccess { None, ReadOnly, ReadWrite };

/// What programs of type \p PT may do through packet pointers.
PacketAccess directPacketAccess(ProgType PT);

/// The kernel's may_access_skb(): the classic-BPF loads BPF_LD_ABS/IND are
/// allowed in socket filters and tc programs only.
bool mayUseLegacyPacketLoads(ProgType PT);

/// The largest packet offset the kernel tracks (MAX_PACKET_OFF); a pointer
/// that may lie further from the packet start never gets a range.
constexpr int MaxPacketOff = 0xffff;

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_PACKETACCESS_H

//===- CtxAccessXdp.cpp - struct xdp_md contexts --------------------------===//
//
// XDP programs may only load 4-byte fields of struct xdp_md; data,
// data_meta and data_end become packet pointers. egress_ifindex exists only
// for programs run from a devmap. Stores are refused (the kernel allows one
// only for offloaded programs, which the model does not cover).
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

namespace verifiable {
namespace model {
namespace ctx {

Verdict xdpAccess(const Request &R) {
  if (R.Attach != AttachType::XdpDevmap &&
      XdpMd::egress_ifindex.startsAt(R.Off))
    return refuse();
  if (R.Write)
    return refuse();
  if (!inBoundsAligned(R, XdpMd::StructSize) || R.Size != 4)
    return refuse();

  CtxValueKind Kind = CtxValueKind::Scalar;
  if (XdpMd::data.startsAt(R.Off))
    Kind = CtxValueKind::PacketData;
  else if (XdpMd::data_meta.startsAt(R.Off))
    Kind = CtxValueKind::PacketMeta;
  else if (XdpMd::data_end.startsAt(R.Off))
    Kind = CtxValueKind::PacketEnd;
  if (Kind != CtxValueKind::Scalar && R.SignExtend)
    return refuse();
  return accept(R, Kind);
}

} // namespace ctx
} // namespace model
} // namespace verifiable

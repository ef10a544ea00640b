//===- CtxAccessCgroup.cpp - sysctl, sockopt and device contexts ----------===//
//
// cgroup/sysctl programs read struct bpf_sysctl and may move file_pos;
// cgroup/{get,set}sockopt programs read struct bpf_sockopt (optval is a
// packet-like buffer) and write the fields their hook may change;
// cgroup/dev programs read struct bpf_cgroup_dev_ctx.
//
//===----------------------------------------------------------------------===//

#include "CtxRules.h"

namespace verifiable {
namespace model {
namespace ctx {

Verdict sysctlAccess(const Request &R) {
  if (R.Off < 0 || R.Off + R.Size > BpfSysctl::StructSize ||
      R.Off % R.Size != 0)
    return refuse();
  if (BpfSysctl::write.contains(R.Off))
    return acceptIf(!R.Write && narrowOk(R.Size, 4), R);
  if (BpfSysctl::file_pos.contains(R.Off))
    return acceptIf(R.Write ? R.Size == 4 : narrowOk(R.Size, 4), R);
  return refuse();
}

Verdict sockoptAccess(const Request &R) {
  if (!inBoundsAligned(R, BpfSockopt::StructSize))
    return refuse();
  bool Get = R.Attach == AttachType::CgroupGetsockopt;
  bool Set = R.Attach == AttachType::CgroupSetsockopt;
  if (R.Write) {
    if (BpfSockopt::retval.startsAt(R.Off))
      return acceptIf(R.Size == 4 && Get, R);
    if (BpfSockopt::optname.startsAt(R.Off) ||
        BpfSockopt::level.startsAt(R.Off))
      return acceptIf(R.Size == 4 && Set, R);
    if (BpfSockopt::optlen.startsAt(R.Off))
      return acceptIf(R.Size == 4, R);
    return refuse();
  }
  if (BpfSockopt::sk.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::Socket);
  if (BpfSockopt::optval.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketData);
  if (BpfSockopt::optval_end.contains(R.Off))
    return acceptIf(R.Size == 8, R, CtxValueKind::PacketEnd);
  if (BpfSockopt::retval.contains(R.Off))
    return acceptIf(R.Size == 4 && Get, R);
  return acceptIf(R.Size == 4, R);
}

Verdict cgroupDevAccess(const Request &R) {
  if (R.Write || R.Off < 0 || R.Off + R.Size > BpfCgroupDevCtx::StructSize ||
      R.Off % R.Size != 0)
    return refuse();
  if (BpfCgroupDevCtx::access_type.contains(R.Off))
    return acceptIf(narrowOk(R.Size, 4), R);
  return acceptIf(R.Size == 4, R);
}

} // namespace ctx
} // namespace model
} // namespace verifiable

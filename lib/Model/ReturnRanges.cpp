//===- ReturnRanges.cpp - What a program may return -----------------------===//
//
// The ranges of the kernel's check_return_code() for the program types whose
// attach point needs no BTF (those are reported unknown before exit checks).
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/ReturnRanges.h"

using namespace verifiable;
using namespace verifiable::model;

std::optional<RetRange> model::expectedReturnRange(ProgType PT,
                                                   AttachType AT) {
  switch (PT) {
  case ProgType::CgroupSockAddr:
    switch (AT) {
    case AttachType::CgroupUdp4Recvmsg:
    case AttachType::CgroupUdp6Recvmsg:
    case AttachType::CgroupUnixRecvmsg:
    case AttachType::CgroupInet4Getpeername:
    case AttachType::CgroupInet6Getpeername:
    case AttachType::CgroupUnixGetpeername:
    case AttachType::CgroupInet4Getsockname:
    case AttachType::CgroupInet6Getsockname:
    case AttachType::CgroupUnixGetsockname:
      return RetRange{1, 1};
    case AttachType::CgroupInet4Bind:
    case AttachType::CgroupInet6Bind:
      return RetRange{0, 3};
    default:
      return RetRange{0, 1};
    }
  case ProgType::CgroupSkb:
    if (AT == AttachType::CgroupInetEgress)
      return RetRange{0, 3};
    return RetRange{0, 1};
  case ProgType::CgroupSock:
  case ProgType::SockOps:
  case ProgType::CgroupDevice:
  case ProgType::CgroupSysctl:
  case ProgType::CgroupSockopt:
    return RetRange{0, 1};
  case ProgType::Kprobe:
    if (AT == AttachType::TraceKprobeSession)
      return RetRange{0, 1};
    return std::nullopt;
  case ProgType::SkLookup:
    return RetRange{0, 1}; // SK_DROP, SK_PASS
  case ProgType::Netfilter:
    return RetRange{0, 1}; // NF_DROP, NF_ACCEPT
  default:
    return std::nullopt;
  }
}

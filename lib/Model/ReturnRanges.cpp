//===- ReturnRanges.cpp - check_return_code() for main programs -----------===//
//
// The ranges Linux 6.12 enforces on R0 when a program exits, by program type
// and expected attach type.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/ReturnRanges.h"

namespace verifiable {
namespace model {

namespace {

ReturnRule any() { return {ReturnRuleKind::Any, {0, 0}}; }
ReturnRule unknown() { return {ReturnRuleKind::Unknown, {0, 0}}; }
ReturnRule range(int32_t Min, int32_t Max) {
  return {ReturnRuleKind::Range, {Min, Max}};
}

ReturnRule sockAddrRule(AttachType AT) {
  switch (AT) {
  // Hooks that only report an address may not reject: they must return 1.
  case AttachType::CgroupUdp4Recvmsg:
  case AttachType::CgroupUdp6Recvmsg:
  case AttachType::CgroupUnixRecvmsg:
  case AttachType::CgroupInet4Getpeername:
  case AttachType::CgroupInet6Getpeername:
  case AttachType::CgroupUnixGetpeername:
  case AttachType::CgroupInet4Getsockname:
  case AttachType::CgroupInet6Getsockname:
  case AttachType::CgroupUnixGetsockname:
    return range(1, 1);
  // bind may also ask to skip the port's privilege check (bit 1).
  case AttachType::CgroupInet4Bind:
  case AttachType::CgroupInet6Bind:
    return range(0, 3);
  default:
    return range(0, 1);
  }
}

} // namespace

ReturnRule returnRule(ProgType PT, AttachType AT) {
  switch (PT) {
  case ProgType::CgroupSockAddr:
    return sockAddrRule(AT);
  case ProgType::CgroupSkb:
    // Egress may also return congestion notification verdicts (2, 3).
    return AT == AttachType::CgroupInetEgress ? range(0, 3) : range(0, 1);
  case ProgType::CgroupSock:
  case ProgType::SockOps:
  case ProgType::CgroupDevice:
  case ProgType::CgroupSysctl:
  case ProgType::CgroupSockopt:
    return range(0, 1);
  case ProgType::Kprobe:
    // A session entry program decides whether its exit runs (uprobe
    // sessions are newer than 6.12; the host has them).
    return AT == AttachType::TraceKprobeSession ||
                   AT == AttachType::TraceUprobeSession
               ? range(0, 1)
               : any();
  case ProgType::SkLookup:
    return range(0, 1); // SK_DROP, SK_PASS
  case ProgType::Netfilter:
    return range(0, 1); // NF_DROP, NF_ACCEPT
  case ProgType::RawTracepoint:
    // Only raw tracepoints attached through BTF (not libbpf's raw_tp/
    // sections) must return 0.
    return any();
  case ProgType::Tracing:
    switch (AT) {
    case AttachType::TraceFentry:
    case AttachType::TraceFexit:
      return range(0, 0);
    case AttachType::TraceRawTp:
    case AttachType::ModifyReturn:
      return any();
    case AttachType::TraceIter:
      return range(0, 1);
    default:
      return unknown();
    }
  case ProgType::Lsm:
  case ProgType::StructOps:
    return unknown();
  default:
    return any();
  }
}

std::optional<RetRange> expectedReturnRange(ProgType PT, AttachType AT) {
  ReturnRule R = returnRule(PT, AT);
  if (R.Kind != ReturnRuleKind::Range)
    return std::nullopt;
  return R.Range;
}

} // namespace model
} // namespace verifiable

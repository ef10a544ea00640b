//===- CtxAccess.cpp - Dispatching context accesses by program type -------===//
//
// Picks the rule for the program type, and formats the kernel's message when
// the rule refuses.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CtxAccess.h"

#include "CtxRules.h"

#include "verifiable/Model/CtxLayout.h"

namespace verifiable {
namespace model {

namespace {

/// Runs the rule for \p PT, which must have a context struct.
ctx::Verdict dispatch(ProgType PT, const ctx::Request &R) {
  switch (PT) {
  case ProgType::SocketFilter:
  case ProgType::SchedCls:
  case ProgType::SchedAct:
  case ProgType::CgroupSkb:
  case ProgType::LwtIn:
  case ProgType::LwtOut:
  case ProgType::LwtXmit:
  case ProgType::LwtSeg6local:
  case ProgType::SkSkb:
  case ProgType::FlowDissector:
    return ctx::skbAccess(PT, R);
  case ProgType::Xdp:
    return ctx::xdpAccess(R);
  case ProgType::CgroupSock:
    return ctx::cgroupSockAccess(R);
  case ProgType::CgroupSockAddr:
    return ctx::sockAddrAccess(R);
  case ProgType::SockOps:
    return ctx::sockOpsAccess(R);
  case ProgType::SkMsg:
    return ctx::skMsgAccess(R);
  case ProgType::SkReuseport:
    return ctx::skReuseportAccess(R);
  case ProgType::SkLookup:
    return ctx::skLookupAccess(R);
  case ProgType::CgroupSysctl:
    return ctx::sysctlAccess(R);
  case ProgType::CgroupSockopt:
    return ctx::sockoptAccess(R);
  case ProgType::CgroupDevice:
    return ctx::cgroupDevAccess(R);
  case ProgType::Kprobe:
    return ctx::kprobeAccess(R);
  case ProgType::Tracepoint:
    return ctx::tracepointAccess(R);
  case ProgType::PerfEvent:
    return ctx::perfEventAccess(R);
  case ProgType::RawTracepoint:
    return ctx::rawTracepointAccess(R, /*Writable=*/false);
  case ProgType::RawTracepointWritable:
    return ctx::rawTracepointAccess(R, /*Writable=*/true);
  case ProgType::Netfilter:
    return ctx::netfilterAccess(R);
  default:
    return ctx::refuse();
  }
}

bool validSize(uint32_t Size) {
  return Size == 1 || Size == 2 || Size == 4 || Size == 8;
}

/// syscall_prog_is_valid_access(): the context is the caller's buffer,
/// read and written anywhere below 64 KiB at aligned offsets (the kernel
/// records the highest byte used and BPF_PROG_RUN checks the buffer is that
/// long).
ctx::Verdict syscallAccess(const ctx::Request &R) {
  ctx::Verdict V;
  if (R.Off < 0 || R.Off >= 0xffff || R.Off % R.Size)
    return ctx::refuse();
  return ctx::accept(R);
}

} // namespace

CtxAccess checkCtxAccess(ProgType PT, AttachType AT, int32_t Off, uint32_t Size,
                         bool IsWrite, bool SignExtend) {
  CtxAccess Result;
  ctx::Request R{Off, Size, IsWrite, SignExtend, AT};
  ctx::Verdict V;
  if (PT == ProgType::Syscall) {
    if (validSize(Size))
      V = syscallAccess(R);
  } else if (!isProgTypeModeled(PT) || !ctxStructOf(PT)) {
    Result.Modeled = false;
    return Result;
  } else if (validSize(Size)) {
    // The rules divide by the size; the engine never asks for other sizes.
    V = dispatch(PT, R);
  }
  Result.Allowed = V.Ok;
  Result.Kind = V.Kind;
  Result.BtfType = V.Btf;
  if (!V.Ok)
    Result.Message = ctxAccessMessage(Off, Size);
  return Result;
}

std::string ctxAccessMessage(int32_t Off, uint32_t Size) {
  return "invalid bpf_context access off=" + std::to_string(Off) +
         " size=" + std::to_string(Size);
}

const char *ctxValueKindName(CtxValueKind K) {
  switch (K) {
  case CtxValueKind::None:
    return "none";
  case CtxValueKind::Scalar:
    return "scalar";
  case CtxValueKind::PacketData:
    return "pkt";
  case CtxValueKind::PacketMeta:
    return "pkt_meta";
  case CtxValueKind::PacketEnd:
    return "pkt_end";
  case CtxValueKind::Socket:
    return "sock";
  case CtxValueKind::SocketOrNull:
    return "sock_or_null";
  case CtxValueKind::SockCommonOrNull:
    return "sock_common_or_null";
  case CtxValueKind::FlowKeys:
    return "flow_keys";
  case CtxValueKind::TpBuffer:
    return "tp_buffer";
  case CtxValueKind::BtfId:
    return "trusted_ptr_";
  }
  return "?";
}

} // namespace model
} // namespace verifiable

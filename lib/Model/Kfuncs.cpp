//===- Kfuncs.cpp - kfunc flags and availability --------------------------===//
//
// Look-ups in Kfuncs.def: a kfunc's KF_* flags and whether a program type
// may call it.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/Kfuncs.h"

using namespace verifiable;
using namespace verifiable::model;

static const KfuncInfo Kfuncs[] = {
#define KFUNC(Name, Flags, Set) {#Name, Flags, KfuncSet::Set},
#include "verifiable/Model/Kfuncs.def"
};

const KfuncInfo *model::findKfunc(std::string_view Name) {
  for (const KfuncInfo &K : Kfuncs)
    if (Name == K.Name)
      return &K;
  return nullptr;
}

bool model::kfuncInVmlinux(const KfuncInfo &K) {
  switch (K.Set) {
  case KfuncSet::TcpCongestion: // tcp_bbr, tcp_dctcp, ... may be modules
  case KfuncSet::Conntrack:     // nf_conntrack, nf_nat are modules
    return false;
  default:
    return true;
  }
}

/// The program types net/core/filter.c registers bpf_kfunc_set_skb for.
static bool isSkbKfuncProgType(ProgType Type) {
  switch (Type) {
  case ProgType::SchedCls:
  case ProgType::SchedAct:
  case ProgType::SkSkb:
  case ProgType::SocketFilter:
  case ProgType::CgroupSkb:
  case ProgType::LwtOut:
  case ProgType::LwtIn:
  case ProgType::LwtXmit:
  case ProgType::LwtSeg6local:
  case ProgType::Netfilter:
  case ProgType::Tracing:
    return true;
  default:
    return false;
  }
}

bool model::kfuncAllowed(const KfuncInfo &K, ProgType Type,
                         const KernelProfile &Profile, AttachType Attach) {
  if (K.Set == KfuncSet::Common)
    return true;
  if (K.Set == KfuncSet::TcpCongestion)
    return Type == ProgType::StructOps;
  if (K.Set == KfuncSet::Xdp)
    return Type == ProgType::Xdp;
  if (K.Set == KfuncSet::CryptoInit)
    return Type == ProgType::Syscall;
  if (K.Set == KfuncSet::SkIter)
    return Type == ProgType::Tracing && Attach == AttachType::TraceIter;
  if (K.Set == KfuncSet::Conntrack)
    return Type == ProgType::Xdp || Type == ProgType::SchedCls;
  if (K.Set == KfuncSet::Skb)
    return isSkbKfuncProgType(Type);
  if (K.Set == KfuncSet::Cpumask)
    return Type == ProgType::Tracing || Type == ProgType::Lsm ||
           Type == ProgType::StructOps || Type == ProgType::Syscall ||
           (Profile.has(KernelFeature::CpumaskKfuncsForTracepoints) &&
            (Type == ProgType::Tracepoint || Type == ProgType::PerfEvent));
  switch (Type) {
  case ProgType::Tracepoint:
  case ProgType::PerfEvent:
  case ProgType::SockOps:
  case ProgType::CgroupSock:
  case ProgType::CgroupSockAddr:
  case ProgType::CgroupSysctl:
  case ProgType::CgroupSockopt:
  case ProgType::CgroupDevice:
    return Profile.has(KernelFeature::GenericKfuncsWider);
  case ProgType::Tracing:
  case ProgType::Lsm: // the same kfunc hook as tracing (BTF_KFUNC_HOOK_TRACING)
  case ProgType::SchedCls:
  case ProgType::Xdp:
  case ProgType::StructOps:
  case ProgType::Syscall:
  case ProgType::CgroupSkb:
    return true;
  default:
    return false;
  }
}

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

bool model::kfuncAllowed(const KfuncInfo &K, ProgType Type,
                         const KernelProfile &Profile) {
  if (K.Set == KfuncSet::Common)
    return true;
  if (K.Set == KfuncSet::TcpCongestion)
    return Type == ProgType::StructOps;
  if (K.Set == KfuncSet::Cpumask)
    return Type == ProgType::Tracing || Type == ProgType::Lsm ||
           Type == ProgType::StructOps || Type == ProgType::Syscall ||
           (Profile.CpumaskKfuncsForTracepoints &&
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
    return Profile.GenericKfuncsWider;
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

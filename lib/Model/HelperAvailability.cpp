//===- HelperAvailability.cpp - Evaluating HelperSets.def -----------------===//
//
// Walks a program type's chain of helper sets; the first set that lists the
// helper decides, as the first get_func_proto() switch with a matching case
// decides in the kernel.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/HelperAvailability.h"

#include <initializer_list>
#include <string_view>

namespace verifiable {
namespace model {

namespace {

// Conditions a set entry may require. The R_IF_* bits decide whether the
// row exists for a kernel at all; the others whether the kernel grants the
// helper when asked.
enum Requirement : unsigned {
  R_ALWAYS = 0,
  R_NEVER = 1u << 0,
  R_CAP_BPF = 1u << 1,
  // CAP_PERFMON; the kernel checks it after CAP_BPF.
  R_PERFMON = (1u << 2) | R_CAP_BPF,
  // bpf_probe_write_user: CAP_SYS_ADMIN and lockdown below "integrity".
  R_WRITE_USER = 1u << 3,
  // Reading kernel memory: lockdown below "confidentiality".
  R_READ_KERNEL = 1u << 4,
  R_SLEEPABLE = 1u << 5,
  // bpf_bind: cgroup/connect4 and cgroup/connect6 only.
  R_ATTACH_CONNECT = 1u << 6,
  // bpf_{get,set}sockopt in sock_addr programs.
  R_ATTACH_SOCKADDR_SOCKOPT = 1u << 7,
  // bpf_{get,set}_retval in cgroup programs.
  R_ATTACH_RETVAL = 1u << 8,
  // bpf_{get,set}sockopt in cgroup/setsockopt only.
  R_ATTACH_SETSOCKOPT = 1u << 9,
  // kprobe.multi, kprobe.session, uprobe.multi.
  R_ATTACH_MULTI = 1u << 10,
  // BPF_PROG_TYPE_TRACING attached as an iterator (BPF_TRACE_ITER).
  R_ATTACH_ITER = 1u << 11,
  // ... through a trampoline (fentry, fexit, fmod_ret).
  R_ATTACH_TRAMPOLINE = 1u << 12,
  // ... as a tp_btf raw tracepoint or through a trampoline.
  R_ATTACH_RAW_TP_OR_TRAMPOLINE = 1u << 13,
  // Not from a struct_ops program implementing `release` (tcp_congestion_ops'
  // bpf_{set,get}sockopt).
  R_NOT_STRUCT_OPS_RELEASE = 1u << 14,

  R_IF_KPROBE_OVERRIDE = 1u << 16,
  R_IF_XFRM = 1u << 17,
  R_IF_NET_CLASSID = 1u << 18,
  R_IF_SEG6 = 1u << 19,
  R_IF_SYN_COOKIES = 1u << 20,
  R_IF_TRACE_IN_BASE = 1u << 21,
  R_IF_NETNS_COOKIE_SKB = 1u << 22,
  R_IF_NO_SEG6LOCAL_PULL = 1u << 23,
  R_IF_PID_TGID_IN_BASE = 1u << 24,
  R_IF_NO_PID_TGID_IN_BASE = 1u << 25,
};

enum class SetId : uint8_t {
  None,
#define HELPER_SET(Set) Set,
#include "HelperSets.def"
};

struct SetEntry {
  SetId Set;
  unsigned Helper;
  std::string_view Variant; // "Default" or a key in HelperVariants.def
  unsigned Requires;
};

const SetEntry SetEntries[] = {
#define IN_SET(Set, Helper, Variant, Requires)                                 \
  {SetId::Set, BPF_FUNC_##Helper, #Variant, Requires},
#include "HelperSets.def"
};

constexpr unsigned MaxChain = 5;

struct ProgChain {
  ProgType Type;
  SetId Sets[MaxChain];
};

const ProgChain ProgChains[] = {
#define PROG_CHAIN(PT, S1, S2, S3, S4, S5)                                     \
  {ProgType::PT, {SetId::S1, SetId::S2, SetId::S3, SetId::S4, SetId::S5}},
#include "HelperSets.def"
};

struct StructOpsChain {
  std::string_view Struct;
  SetId Sets[MaxChain];
};

const StructOpsChain StructOpsChains[] = {
#define STRUCT_OPS_CHAIN(Struct, S1, S2, S3, S4, S5)                           \
  {Struct, {SetId::S1, SetId::S2, SetId::S3, SetId::S4, SetId::S5}},
#include "HelperSets.def"
};

bool isAttach(AttachType AT, std::initializer_list<AttachType> Types) {
  for (AttachType T : Types)
    if (AT == T)
      return true;
  return false;
}

/// Whether the row exists for the kernel described by \p P.
bool present(unsigned Requires, const KernelProfile &P) {
  return !((Requires & R_IF_KPROBE_OVERRIDE) && !P.Build.KprobeOverride) &&
         !((Requires & R_IF_XFRM) && !P.Build.Xfrm) &&
         !((Requires & R_IF_NET_CLASSID) && !P.Build.NetClassid) &&
         !((Requires & R_IF_SEG6) && !P.Build.Seg6Bpf) &&
         !((Requires & R_IF_SYN_COOKIES) && !P.Build.SynCookies) &&
         !((Requires & R_IF_TRACE_IN_BASE) &&
           !P.has(KernelFeature::TraceHelpersInBase)) &&
         !((Requires & R_IF_NETNS_COOKIE_SKB) &&
           !P.has(KernelFeature::NetnsCookieForSkb)) &&
         !((Requires & R_IF_NO_SEG6LOCAL_PULL) &&
           P.has(KernelFeature::Seg6localPullData)) &&
         !((Requires & R_IF_PID_TGID_IN_BASE) &&
           !P.has(KernelFeature::PidTgidInBase)) &&
         !((Requires & R_IF_NO_PID_TGID_IN_BASE) &&
           P.has(KernelFeature::PidTgidInBase));
}

bool sockAddrSockoptAttach(AttachType AT, const KernelProfile &P) {
  using A = AttachType;
  if (isAttach(
          AT, {A::CgroupInet4Bind, A::CgroupInet6Bind, A::CgroupInet4Connect,
               A::CgroupInet6Connect, A::CgroupUnixConnect,
               A::CgroupUdp4Recvmsg, A::CgroupUdp6Recvmsg, A::CgroupUnixRecvmsg,
               A::CgroupUdp4Sendmsg, A::CgroupUdp6Sendmsg, A::CgroupUnixSendmsg,
               A::CgroupInet4Getpeername, A::CgroupInet6Getpeername,
               A::CgroupInet4Getsockname, A::CgroupInet6Getsockname}))
    return true;
  return P.has(KernelFeature::UnixGetnameSockopt) &&
         isAttach(AT, {A::CgroupUnixGetpeername, A::CgroupUnixGetsockname});
}

/// Whether the kernel grants a present row.
bool holds(unsigned Requires, const HelperQuery &Q, const KernelProfile &P) {
  using AT = AttachType;
  if (Requires & R_NEVER)
    return false;
  if ((Requires & (R_CAP_BPF | R_PERFMON | R_WRITE_USER)) && !P.Privileged)
    return false;
  if ((Requires & R_WRITE_USER) && P.LockdownLevel != Lockdown::None)
    return false;
  if ((Requires & R_READ_KERNEL) &&
      P.LockdownLevel == Lockdown::Confidentiality)
    return false;
  if ((Requires & R_SLEEPABLE) && !Q.Sleepable)
    return false;
  if ((Requires & R_ATTACH_CONNECT) &&
      !isAttach(Q.Attach, {AT::CgroupInet4Connect, AT::CgroupInet6Connect}))
    return false;
  if ((Requires & R_ATTACH_SOCKADDR_SOCKOPT) &&
      !sockAddrSockoptAttach(Q.Attach, P))
    return false;
  if ((Requires & R_ATTACH_RETVAL) &&
      isAttach(Q.Attach,
               {AT::CgroupInetIngress, AT::CgroupInetEgress, AT::CgroupSockOps,
                AT::CgroupUdp4Recvmsg, AT::CgroupUdp6Recvmsg,
                AT::CgroupUnixRecvmsg, AT::CgroupInet4Getpeername,
                AT::CgroupInet6Getpeername, AT::CgroupUnixGetpeername,
                AT::CgroupInet4Getsockname, AT::CgroupInet6Getsockname,
                AT::CgroupUnixGetsockname}))
    return false;
  if ((Requires & R_ATTACH_SETSOCKOPT) && Q.Attach != AT::CgroupSetsockopt)
    return false;
  // bpf_prog_has_trampoline(): LSM programs run from trampolines too.
  bool Trampoline = isAttach(Q.Attach, {AT::TraceFentry, AT::TraceFexit,
                                        AT::ModifyReturn, AT::LsmMac});
  if ((Requires & R_ATTACH_ITER) && Q.Attach != AT::TraceIter)
    return false;
  if ((Requires & R_ATTACH_TRAMPOLINE) && !Trampoline)
    return false;
  if ((Requires & R_ATTACH_RAW_TP_OR_TRAMPOLINE) && !Trampoline &&
      Q.Attach != AT::TraceRawTp)
    return false;
  if ((Requires & R_NOT_STRUCT_OPS_RELEASE) && Q.StructOpsMember == "release")
    return false;
  if ((Requires & R_ATTACH_MULTI) &&
      !isAttach(Q.Attach, {AT::TraceKprobeMulti, AT::TraceKprobeSession,
                           AT::TraceUprobeMulti}))
    return false;
  return true;
}

/// The sets a program of \p Q consults; null when not described.
const SetId *findChain(const HelperQuery &Q) {
  if (Q.Type == ProgType::StructOps) {
    for (const StructOpsChain &C : StructOpsChains)
      if (C.Struct == Q.StructOps)
        return C.Sets;
    return nullptr;
  }
  for (const ProgChain &C : ProgChains)
    if (C.Type == Q.Type)
      return C.Sets;
  return nullptr;
}

} // namespace

HelperLookup lookupHelper(const HelperQuery &Q, unsigned HelperId) {
  const SetId *Chain = findChain(Q);
  // BPF_PROG_TYPE_TRACING and _LSM: only the attach types whose context is
  // described (tp_btf, iter, fentry, fexit, fmod_ret, lsm) are answered;
  // struct_ops programs where their struct has a chain.
  bool TracingModeled =
      (Q.Type == ProgType::Tracing &&
       isAttach(Q.Attach, {AttachType::TraceRawTp, AttachType::TraceIter,
                           AttachType::TraceFentry, AttachType::TraceFexit,
                           AttachType::ModifyReturn})) ||
      (Q.Type == ProgType::Lsm && Q.Attach == AttachType::LsmMac) ||
      Q.Type == ProgType::StructOps;
  if (!Chain || (!isProgTypeModeled(Q.Type) && !TracingModeled))
    return {Availability::Unknown, nullptr};
  const KernelProfile &Profile = Q.Profile ? *Q.Profile : hostProfile();
  if (!findHelper(HelperId) || HelperId >= helperIdLimit(Profile))
    return {Availability::Forbidden, nullptr};

  for (unsigned I = 0; I < MaxChain; ++I) {
    SetId Set = Chain[I];
    if (Set == SetId::None)
      break;
    bool Listed = false;
    for (const SetEntry &E : SetEntries) {
      if (E.Set != Set || E.Helper != HelperId || !present(E.Requires, Profile))
        continue;
      Listed = true;
      if (!holds(E.Requires, Q, Profile))
        continue;
      const HelperProto *Proto = E.Variant == "Default"
                                     ? findHelper(HelperId)
                                     : findHelperVariant(E.Variant);
      // A variant without a prototype here (`*_unmodelled`) is unknown.
      return {Proto ? Availability::Allowed : Availability::Unknown, Proto};
    }
    if (Listed)
      return {Availability::Forbidden, nullptr};
  }
  return {Availability::Forbidden, nullptr};
}

Availability helperAllowed(ProgType PT, AttachType AT, unsigned HelperId,
                           const HelperProto **Proto) {
  HelperQuery Q;
  Q.Type = PT;
  Q.Attach = AT;
  HelperLookup L = lookupHelper(Q, HelperId);
  if (Proto)
    *Proto = L.Proto;
  return L.Status;
}

unsigned helperIdLimit(const KernelProfile &P) {
  // bpf_user_ringbuf_drain (209) was the last helper of 6.1.
  return P.has(KernelFeature::CgrpStorageHelpers) ? BPF_FUNC_MaxId : 210;
}

std::string helperRefusalMessage(unsigned HelperId, const KernelProfile &P) {
  std::string Id = std::to_string(HelperId);
  if (HelperId >= helperIdLimit(P))
    return "invalid func " +
           (HelperId >= BPF_FUNC_MaxId ? helperDisplayName(HelperId)
                                       : std::string("unknown")) +
           "#" + Id;
  std::string Name = helperDisplayName(HelperId);
  if (!P.has(KernelFeature::HelperRefusalNamesProgType))
    return "unknown func " + Name + "#" + Id;
  return "program of this type cannot use helper " + Name + "#" + Id;
}

} // namespace model
} // namespace verifiable

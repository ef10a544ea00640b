//===- CtxRules.h - Per-program-type context access rules -------*- C++ -*-===//
//
// Private to lib/Model. checkCtxAccess() dispatches to one rule function per
// context struct; each answers like the kernel's matching *_is_valid_access()
// for a privileged loader. The rules are grouped by struct family, one file
// per family (CtxAccessSkb.cpp, CtxAccessXdp.cpp, ...).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_MODEL_CTXRULES_H
#define VERIFIABLE_LIB_MODEL_CTXRULES_H

#include "CtxFields.h"

#include "verifiable/Model/CtxAccess.h"

namespace verifiable {
namespace model {
namespace ctx {

struct Request {
  int64_t Off;
  uint32_t Size;
  bool Write;
  bool SignExtend;
  AttachType Attach;
};

struct Verdict {
  bool Ok = false;
  CtxValueKind Kind = CtxValueKind::None;
  const char *Btf = nullptr;
};

inline Verdict refuse() { return Verdict(); }

/// Accepts the access; a load yields \p Kind, a store yields nothing.
inline Verdict accept(const Request &R,
                      CtxValueKind Kind = CtxValueKind::Scalar) {
  Verdict V;
  V.Ok = true;
  V.Kind = R.Write ? CtxValueKind::None : Kind;
  return V;
}

inline Verdict acceptIf(bool Cond, const Request &R,
                        CtxValueKind Kind = CtxValueKind::Scalar) {
  return Cond ? accept(R, Kind) : refuse();
}

/// The checks every rule starts with: inside the struct and aligned to the
/// access size.
inline bool inBoundsAligned(const Request &R, int64_t StructSize) {
  return R.Off >= 0 && R.Off < StructSize && R.Off % R.Size == 0;
}

/// The size and offset rules of struct bpf_sock, shared by socket pointers
/// and cgroup/sock contexts (SockAccess.cpp).
bool bpfSockSizeOk(int64_t Off, uint32_t Size);

// struct __sk_buff: socket filters, cgroup_skb, tc, lwt_*, sk_skb, flow
// dissector (CtxAccessSkb.cpp).
Verdict skbAccess(ProgType PT, const Request &R);
// struct xdp_md (CtxAccessXdp.cpp).
Verdict xdpAccess(const Request &R);
// struct bpf_sock for cgroup/sock*, struct bpf_sock_addr, struct
// bpf_sock_ops (CtxAccessSock.cpp).
Verdict cgroupSockAccess(const Request &R);
Verdict sockAddrAccess(const Request &R);
Verdict sockOpsAccess(const Request &R);
// struct sk_msg_md, struct sk_reuseport_md, struct bpf_sk_lookup
// (CtxAccessSockHooks.cpp).
Verdict skMsgAccess(const Request &R);
Verdict skReuseportAccess(const Request &R);
Verdict skLookupAccess(const Request &R);
// struct bpf_sysctl, struct bpf_sockopt, struct bpf_cgroup_dev_ctx
// (CtxAccessCgroup.cpp).
Verdict sysctlAccess(const Request &R);
Verdict sockoptAccess(const Request &R);
Verdict cgroupDevAccess(const Request &R);
// pt_regs, tracepoint buffers, bpf_perf_event_data, raw tracepoint args
// (CtxAccessTrace.cpp).
Verdict kprobeAccess(const Request &R);
Verdict tracepointAccess(const Request &R);
Verdict perfEventAccess(const Request &R);
Verdict rawTracepointAccess(const Request &R, bool Writable);
// struct bpf_nf_ctx (CtxAccessNetfilter.cpp).
Verdict netfilterAccess(const Request &R);

} // namespace ctx
} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_LIB_MODEL_CTXRULES_H

//===- Kfuncs.h - What the kernel knows of a kfunc outside BTF --*- C++ -*-===//
//
// A kfunc's argument and return types come from the target kernel's BTF
// (KfuncBtf.h); its flags and the program types that may call it are kept
// by the kernel in registered kfunc sets. This header gives those facts,
// from Kfuncs.def.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KFUNCS_H
#define VERIFIABLE_MODEL_KFUNCS_H

#include "verifiable/Model/KernelProfile.h"
#include "verifiable/Model/ProgTypes.h"

#include <cstdint>
#include <string_view>

namespace verifiable {
namespace model {

/// The kernel's KF_* flags, with its bit values.
enum KfuncFlag : uint32_t {
  KF_ACQUIRE = 1 << 0,
  KF_RELEASE = 1 << 1,
  KF_RET_NULL = 1 << 2,
  KF_TRUSTED_ARGS = 1 << 4,
  KF_SLEEPABLE = 1 << 5,
  KF_DESTRUCTIVE = 1 << 6,
  KF_RCU = 1 << 7,
  KF_ITER_NEW = 1 << 8,
  KF_ITER_NEXT = 1 << 9,
  KF_ITER_DESTROY = 1 << 10,
  KF_RCU_PROTECTED = 1 << 11,
};

/// The kfunc set a kfunc is registered in.
enum class KfuncSet : uint8_t {
  /// Registered for BPF_PROG_TYPE_UNSPEC: every program type.
  Common,
  /// Registered for tracing, tc, XDP, struct_ops, syscall and cgroup_skb
  /// (and more program types with KernelProfile::GenericKfuncsWider).
  Generic,
  /// The cpumask kfuncs (kernel/bpf/cpumask.c): tracing, LSM, struct_ops
  /// and syscall programs.
  Cpumask,
  /// The TCP congestion-control kfuncs (tcp_reno_*, cubictcp_*):
  /// struct_ops programs only.
  TcpCongestion,
  /// bpf_dynptr_from_skb (net/core/filter.c, bpf_kfunc_set_skb): tc
  /// classifiers and actions, sk_skb, socket filters, cgroup_skb, the lwt
  /// hooks, netfilter and tracing programs.
  Skb,
  /// bpf_dynptr_from_xdp (bpf_kfunc_set_xdp): XDP programs.
  Xdp,
  /// The conntrack kfuncs (net/netfilter/nf_conntrack_bpf.c,
  /// nf_nat_bpf.c): XDP and tc classifier programs.
  Conntrack,
  /// bpf_sock_destroy (net/core/filter.c, bpf_sk_iter_kfunc_set): tracing
  /// programs attached as iterators (BPF_TRACE_ITER).
  SkIter,
  /// bpf_crypto_ctx_create/acquire/release (kernel/bpf/crypto.c,
  /// crypt_init_kfunc_set): syscall programs.
  CryptoInit,
};

struct KfuncInfo {
  const char *Name;
  uint32_t Flags;
  KfuncSet Set;

  bool has(KfuncFlag F) const { return Flags & F; }
  bool isIter() const {
    return Flags & (KF_ITER_NEW | KF_ITER_NEXT | KF_ITER_DESTROY);
  }
};

/// The row for \p Name, or nullptr when the model does not know it.
const KfuncInfo *findKfunc(std::string_view Name);

/// Whether \p K is defined in the kernel image itself, in every build that
/// has it (not in a module such as nf_conntrack or tcp_bbr): a kernel whose
/// vmlinux BTF lacks it does not have it.
bool kfuncInVmlinux(const KfuncInfo &K);

/// Whether a program of type \p Type may call \p K (the kernel's
/// btf_kfunc_id_set_contains()); false gives "calling kernel function X is
/// not allowed". \p Profile says which kernel; \p Attach is the program's
/// expected attach type, which some sets filter on.
bool kfuncAllowed(const KfuncInfo &K, ProgType Type,
                  const KernelProfile &Profile,
                  AttachType Attach = AttachType::CgroupInetIngress);

} // namespace model
} // namespace verifiable

#endif

//===- KernelProfile.h - What differs between kernels -----------*- C++ -*-===//
//
// The verifier's answer depends on more than its source version: on the
// kernel's configuration, its lockdown level, and the loader's privileges.
// A KernelProfile names each such difference as a feature, so that the rest
// of the model (and the engine) asks "does this kernel have X" instead of
// comparing version numbers.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KERNELPROFILE_H
#define VERIFIABLE_MODEL_KERNELPROFILE_H

#include <string_view>

namespace verifiable {
namespace model {

/// The kernel's lockdown level (security/lockdown). "integrity" removes
/// bpf_probe_write_user; "confidentiality" also removes the helpers that read
/// kernel memory (bpf_probe_read_kernel{,_str}, bpf_probe_read{,_str}).
enum class Lockdown { None, Integrity, Confidentiality };

struct KernelProfile {
  const char *Name;
  unsigned Major;
  unsigned Minor;
  Lockdown LockdownLevel;
  /// The loader has CAP_BPF, CAP_PERFMON, CAP_NET_ADMIN and CAP_SYS_ADMIN
  /// (root). The design's default.
  bool Privileged;
  // Kernel configuration options that add or remove helpers.
  bool KprobeOverride; // CONFIG_BPF_KPROBE_OVERRIDE: bpf_override_return
  bool Xfrm;           // CONFIG_XFRM: bpf_skb_get_xfrm_state
  bool NetClassid;     // CONFIG_CGROUP_NET_CLASSID
  bool Seg6Bpf;        // CONFIG_IPV6_SEG6_BPF: bpf_lwt_seg6_*
  bool SynCookies;     // CONFIG_SYN_COOKIES: bpf_tcp_raw_*_syncookie_*
  // Changes to the helper sets after 6.12, observed on the 6.18 host.
  /// bpf_base_func_proto() also hands out tracing helpers that work in any
  /// context (current task's comm, uid/gid, classid; send_signal; task
  /// storage; find_vma; copy_from_user; ...).
  bool TraceHelpersInBase;
  /// Socket filters, cgroup_skb and tc may call bpf_get_netns_cookie.
  bool NetnsCookieForSkb;
  /// cgroup/getpeername_unix and getsockname_unix may call
  /// bpf_{get,set}sockopt.
  bool UnixGetnameSockopt;
  /// lwt_seg6local may call bpf_skb_pull_data.
  bool Seg6localPullData;
  /// bpf_map_lookup_elem() on an array or per-CPU array with a constant,
  /// in-range key on the stack returns map_value, not map_value_or_null
  /// (6.14+, privileged loaders).
  bool ConstKeyLookupNonNull;
  /// The generic kfunc set (bpf_throw, bpf_task_acquire, bpf_obj_new, ...)
  /// is also registered for tracepoints, perf events, sockops and the
  /// cgroup sock, sock_addr, sysctl, sockopt and device hooks.
  bool GenericKfuncsWider;
  /// The cpumask kfuncs are also registered for tracepoint and perf_event
  /// programs (6.12 registers them for tracing, LSM, struct_ops, syscall).
  bool CpumaskKfuncsForTracepoints;
  /// A lookup in a map of maps or a sockmap returns what the map holds:
  /// map_ptr_or_null, sock_or_null (6.12 returns map_value_or_null, which
  /// the NULL check turns into the inner map or the socket).
  bool LookupTypedByMap;
  /// bpf_dynptr_slice_rdwr() is refused in every program type, once its
  /// arguments are checked ("bpf_dynptr_slice_rdwr() is not allowed",
  /// EPERM); 6.12 refuses it only where packet writes are not allowed.
  bool DynptrSliceRdwrRefused;
  /// A bpf_dynptr_slice() slice with a stack buffer dies when that buffer
  /// is written, and lives on when its dynptr is overwritten (6.12 ties it
  /// to the dynptr, as bpf_dynptr_data()'s).
  bool SliceTiedToBuffer;
  /// A KF_RCU_PROTECTED kfunc (bpf_iter_task_new, bpf_iter_css_new) called
  /// outside an RCU critical section is refused at the call ("kernel func
  /// X requires RCU critical section protection"); 6.12 lets the iterator
  /// be made and refuses its first use.
  bool RcuProtectedNeedsSection;
};

/// The kernel on the development machines (6.18, integrity lockdown, no
/// CONFIG_BPF_KPROBE_OVERRIDE), with a privileged loader. Used whenever no
/// profile is given.
const KernelProfile &hostProfile();
/// Linux 6.12 with every option above enabled and no lockdown, privileged
/// loader: the baseline the tables were written from.
const KernelProfile &linux612Profile();

/// \p P for a loader without CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN. The
/// engine takes the privilege from AnalysisOptions::Privileged and the
/// helper tables from the profile: callers set both from this one value.
KernelProfile withoutPrivileges(const KernelProfile &P);

/// Looks a profile up by name ("host", "linux-6.12"); nullptr if unknown.
const KernelProfile *findProfile(std::string_view Name);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_KERNELPROFILE_H

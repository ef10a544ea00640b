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

/// A behaviour of the verifier (or of its helper and kfunc tables) that
/// changed between the profiled kernels; KernelFeatures.def says when.
enum class KernelFeature : unsigned {
#define KERNEL_FEATURE(Ident, Major, Minor, Exact) Ident,
#include "verifiable/Model/KernelFeatures.def"
};
constexpr unsigned NumKernelFeatures = 0
#define KERNEL_FEATURE(Ident, Major, Minor, Exact) +1
#include "verifiable/Model/KernelFeatures.def"
    ;

/// The feature's name as KernelFeatures.def spells it.
const char *kernelFeatureName(KernelFeature F);
/// Whether Linux \p Major.\p Minor has \p F.
bool releaseHas(unsigned Major, unsigned Minor, KernelFeature F);

/// Kernel configuration options that add or remove helpers.
struct KernelBuildOptions {
  bool KprobeOverride = true; // CONFIG_BPF_KPROBE_OVERRIDE: bpf_override_return
  bool Xfrm = true;           // CONFIG_XFRM: bpf_skb_get_xfrm_state
  bool NetClassid = true;     // CONFIG_CGROUP_NET_CLASSID
  bool Seg6Bpf = true;        // CONFIG_IPV6_SEG6_BPF: bpf_lwt_seg6_*
  bool SynCookies = true;     // CONFIG_SYN_COOKIES: bpf_tcp_raw_*_syncookie_*
};

struct KernelProfile {
  const char *Name;
  unsigned Major;
  unsigned Minor;
  Lockdown LockdownLevel;
  /// The loader has CAP_BPF, CAP_PERFMON, CAP_NET_ADMIN and CAP_SYS_ADMIN
  /// (root). The design's default.
  bool Privileged;
  KernelBuildOptions Build;

  /// Whether this kernel has \p F (from its release).
  bool has(KernelFeature F) const { return releaseHas(Major, Minor, F); }
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

/// Linux \p Major.\p Minor built with \p Build, no lockdown, privileged
/// loader. \p Name must outlive the profile.
KernelProfile releaseProfile(const char *Name, unsigned Major, unsigned Minor,
                             const KernelBuildOptions &Build);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_KERNELPROFILE_H

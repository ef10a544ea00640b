//===- TargetKernels.h - The kernels a compile predicts for -----*- C++ -*-===//
//
// -verifiable-kernel=6.1,6.12,6.18 asks for one verdict per kernel. Each
// name becomes a profile (what that release's verifier does), the kernel's
// BTF (CO-RE, kfuncs, BTF pointers) and its .config (__kconfig externs).
// This resolves the names; it reads nothing but the file system's answer to
// "is this file there".
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_TARGETKERNELS_H
#define VERIFIABLE_MODEL_TARGETKERNELS_H

#include "verifiable/Model/KernelProfile.h"

#include <string>
#include <string_view>
#include <vector>

namespace verifiable {
namespace model {

struct TargetKernel {
  /// The name as given ("6.1", "host"): diagnostics say "Linux <Label>".
  std::string Label;
  KernelProfile Profile;
  /// The kernel's BTF: a file, or "none" when no BTF of that kernel is
  /// known (what needs it is then unknown).
  std::string BtfPath;
  /// Its .config, or "none".
  std::string ConfigPath;
  /// Whether this is the kernel running here (its /proc/kallsyms and
  /// possible CPUs describe it).
  bool Running = false;
};

/// Where bpf-kernel-check caches the kernels it boots, one directory per
/// release ("6.1/vmlinux.btf", "6.1/config"): $VERIFIABLE_KERNEL_CACHE, or
/// ~/.cache/verifiable/kernels.
std::string kernelCacheDir();

/// The running kernel's release, "major.minor" ("" when unknown).
std::string runningRelease();

/// Resolves a comma-separated list of kernels: "host" or "running" (the
/// kernel running here, as without the option), or a release "6.1",
/// optionally with its BTF after a colon ("6.1:/path/vmlinux.btf"). A
/// release uses, in order, a profile of that release in KernelProfiles.def
/// (Debian's 6.1 and 6.12), the running kernel's if it is that release, or
/// the release's features with every build option on. Its BTF and .config
/// come from the colon, the kernel cache, or the running kernel if it is
/// that release. Returns false with \p Error set for a malformed list or a
/// release older than the oldest profiled kernel.
bool parseTargetKernels(std::string_view List, std::vector<TargetKernel> &Out,
                        std::string &Error);

} // namespace model
} // namespace verifiable

#endif

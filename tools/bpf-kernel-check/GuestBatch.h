//===- GuestBatch.h - Check objects in a kernel booted by qemu --*- C++ -*-===//
//
// `--kernel VERSION`: one qemu boot of a cached Debian kernel checks a whole
// batch of objects. The initramfs holds guest/init.cpp as /init, this tool
// linked statically as /bpf-kernel-check, and the objects; the guest's JSON
// lines come back on a serial port and are returned with the host's object
// paths, exactly as the running-kernel mode prints them.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_GUESTBATCH_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_GUESTBATCH_H

#include "KernelImage.h"

#include <string>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct GuestRequest {
  KernelImage Image;
  /// Host paths of objects that inspectObject() accepted.
  std::vector<std::string> Objects;
  /// Options for the guest's loader (--program, --log-level, -v).
  std::vector<std::string> LoaderOptions;
  double TimeoutSeconds = 0;
  /// Copy the kernel's BTF out to Image.BtfPath (when it is not cached).
  bool CopyBtf = false;
  /// "hang" or "panic": make the guest misbehave (tests only).
  std::string TestHook;
  /// Echo the guest's console to stderr.
  bool EchoConsole = false;
};

struct GuestResult {
  /// The JSON lines, in order, with host object paths.
  std::vector<std::string> Lines;
  /// The loader's `bpf-kernel-check: error: ...` lines, host paths too.
  std::vector<std::string> LoaderErrors;
  /// The guest ran the whole batch; LoaderStatus is its loader's exit status.
  bool Finished = false;
  int LoaderStatus = 0;
  /// Why the guest did not finish (with the end of its console).
  std::string Failure;
  double BootSeconds = 0;
  /// Set when CopyBtf was asked and the BTF could not be saved.
  std::string BtfWarning;
};

/// The static guest binaries next to this executable; false, with the
/// reason in \p Error, if they were not built.
bool findGuestBinaries(std::string &Init, std::string &Loader,
                       std::string &Error);

/// $VERIFIABLE_QEMU, else qemu-system-x86_64 found in PATH; false if there
/// is none.
bool findQemu(std::string &Qemu, std::string &Error);

/// Boots the guest on \p Request. Returns false with \p Error when qemu
/// could not be run at all (missing, temporary files); a guest that hangs or
/// crashes is a Result with Finished false.
bool runGuestBatch(const GuestRequest &Request, GuestResult &Result,
                   std::string &Error);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_GUESTBATCH_H

//===- KernelImage.h - The cached kernels of --kernel -----------*- C++ -*-===//
//
// `--kernel VERSION` boots one of the Debian kernel images that
// scripts/kernel-images.sh fetched and cached; this finds it, or says which
// command installs it.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_KERNELIMAGE_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_KERNELIMAGE_H

#include <string>

namespace verifiable {
namespace kernelcheck {

struct KernelImage {
  std::string Version; ///< "6.1"
  std::string Dir;     ///< <cache>/6.1
  std::string Vmlinuz;
  std::string Release; ///< its `uname -r`, "6.1.0-57-cloud-amd64"
  /// The kernel's BTF, copied out of the guest by its first boot.
  std::string BtfPath;
};

/// The versions --kernel accepts, for messages: "6.1, 6.12".
const char *knownKernelVersions();
bool isKnownKernelVersion(const std::string &Version);

/// $VERIFIABLE_KERNEL_CACHE, else $HOME/.cache/verifiable/kernels.
std::string kernelCacheDir();

/// Finds the cached image of \p Version. Returns false, with a message that
/// names the installing command in \p Error, if it is not there.
bool findKernelImage(const std::string &Version, KernelImage &Image,
                     std::string &Error);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_KERNELIMAGE_H

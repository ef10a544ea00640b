//===- KernelImage.cpp - The cached kernels of --kernel -------------------===//
//
// The cache layout is scripts/kernel-images.sh's: <cache>/<version>/vmlinuz,
// release, config, package, and vmlinux.btf once a boot copied it.
//
//===----------------------------------------------------------------------===//
#include "KernelImage.h"

#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

using namespace verifiable::kernelcheck;

namespace {

const char *const Versions[] = {"6.1", "6.12"};

bool isFile(const std::string &Path) {
  struct stat St;
  return stat(Path.c_str(), &St) == 0 && S_ISREG(St.st_mode) && St.st_size > 0;
}

} // namespace

const char *verifiable::kernelcheck::knownKernelVersions() {
  return "6.1, 6.12";
}

bool verifiable::kernelcheck::isKnownKernelVersion(const std::string &Version) {
  for (const char *V : Versions)
    if (Version == V)
      return true;
  return false;
}

std::string verifiable::kernelcheck::kernelCacheDir() {
  if (const char *Dir = std::getenv("VERIFIABLE_KERNEL_CACHE"))
    if (*Dir)
      return Dir;
  const char *Home = std::getenv("HOME");
  return std::string(Home && *Home ? Home : "/root") +
         "/.cache/verifiable/kernels";
}

bool verifiable::kernelcheck::findKernelImage(const std::string &Version,
                                              KernelImage &Image,
                                              std::string &Error) {
  Image.Version = Version;
  Image.Dir = kernelCacheDir() + "/" + Version;
  Image.Vmlinuz = Image.Dir + "/vmlinuz";
  Image.BtfPath = Image.Dir + "/vmlinux.btf";
  std::ifstream Release(Image.Dir + "/release");
  if (!isFile(Image.Vmlinuz) || !std::getline(Release, Image.Release)) {
    Error = "no kernel image for " + Version + " in " + Image.Dir +
            ": run scripts/kernel-images.sh " + Version + " to install it";
    return false;
  }
  return true;
}

//===- TargetKernels.cpp - The kernels a compile predicts for -------------===//
//
// Names to profiles, BTF and .config files; see TargetKernels.h.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/TargetKernels.h"

#include "verifiable/Model/KernelConfig.h"
#include "verifiable/Model/TargetBtf.h"

#include <cstdlib>
#include <sys/utsname.h>
#include <unistd.h>

namespace verifiable {
namespace model {

namespace {

/// The oldest release KernelFeatures.def describes.
constexpr unsigned OldestMajor = 6, OldestMinor = 1;

bool readable(const std::string &Path) {
  return access(Path.c_str(), R_OK) == 0;
}

bool parseRelease(std::string_view Text, unsigned &Major, unsigned &Minor) {
  size_t Dot = Text.find('.');
  if (Dot == std::string_view::npos || Dot == 0 || Dot + 1 == Text.size())
    return false;
  auto Number = [](std::string_view Digits, unsigned &N) {
    if (Digits.empty() || Digits.size() > 4)
      return false;
    N = 0;
    for (char C : Digits) {
      if (C < '0' || C > '9')
        return false;
      N = N * 10 + (C - '0');
    }
    return true;
  };
  return Number(Text.substr(0, Dot), Major) &&
         Number(Text.substr(Dot + 1), Minor);
}

/// A kernel of the running machine, as without -verifiable-kernel.
TargetKernel runningKernel(std::string Label, std::string Btf) {
  TargetKernel K{std::move(Label), hostProfile(), std::move(Btf),
                 KernelConfig::defaultPath(), true};
  if (K.BtfPath.empty())
    K.BtfPath = TargetBtf::defaultPath();
  return K;
}

bool resolve(std::string_view Item, TargetKernel &K, std::string &Error) {
  std::string_view Name = Item, Btf;
  if (size_t Colon = Item.find(':'); Colon != std::string_view::npos) {
    Name = Item.substr(0, Colon);
    Btf = Item.substr(Colon + 1);
    if (Btf.empty()) {
      Error = "no BTF file after ':' in '" + std::string(Item) + "'";
      return false;
    }
  }
  if (Name == "host" || Name == "running") {
    K = runningKernel(std::string(Name), std::string(Btf));
    return true;
  }
  unsigned Major, Minor;
  if (!parseRelease(Name, Major, Minor)) {
    Error = "'" + std::string(Name) +
            "' is not a kernel release (major.minor, such as 6.1) nor "
            "'host'";
    return false;
  }
  if (Major < OldestMajor || (Major == OldestMajor && Minor < OldestMinor)) {
    Error = "no profile for Linux " + std::string(Name) +
            ": the oldest kernel the engine knows is 6.1";
    return false;
  }
  std::string Release = std::to_string(Major) + "." + std::to_string(Minor);
  const std::string Cache = kernelCacheDir() + "/" + Release;
  const bool IsRunning = runningRelease() == Release;
  if (const KernelProfile *Debian = findProfile("debian-" + Release)) {
    K.Profile = *Debian;
  } else if (IsRunning) {
    K = runningKernel(std::string(Name), std::string(Btf));
    return true;
  } else {
    K.Profile =
        releaseProfile("by-release", Major, Minor, KernelBuildOptions());
  }
  K.Label = std::string(Name);
  K.Running = false;
  K.BtfPath = !Btf.empty()                       ? std::string(Btf)
              : readable(Cache + "/vmlinux.btf") ? Cache + "/vmlinux.btf"
              : IsRunning                        ? TargetBtf::defaultPath()
                                                 : "none";
  K.ConfigPath = readable(Cache + "/config") ? Cache + "/config"
                 : IsRunning                 ? KernelConfig::defaultPath()
                                             : "none";
  return true;
}

} // namespace

std::string kernelCacheDir() {
  if (const char *Dir = std::getenv("VERIFIABLE_KERNEL_CACHE"); Dir && *Dir)
    return Dir;
  const char *Home = std::getenv("HOME");
  return std::string(Home && *Home ? Home : "/root") +
         "/.cache/verifiable/kernels";
}

std::string runningRelease() {
  struct utsname U;
  if (uname(&U) != 0)
    return "";
  unsigned Major, Minor;
  std::string_view Release(U.release);
  size_t SecondDot = Release.find('.', Release.find('.') + 1);
  std::string_view MajorMinor = Release.substr(0, SecondDot);
  if (size_t Dash = MajorMinor.find('-'); Dash != std::string_view::npos)
    MajorMinor = MajorMinor.substr(0, Dash);
  if (!parseRelease(MajorMinor, Major, Minor))
    return "";
  return std::to_string(Major) + "." + std::to_string(Minor);
}

bool parseTargetKernels(std::string_view List, std::vector<TargetKernel> &Out,
                        std::string &Error) {
  Out.clear();
  while (true) {
    size_t Comma = List.find(',');
    std::string_view Item = List.substr(0, Comma);
    if (Item.empty()) {
      Error = "empty kernel name in the list";
      return false;
    }
    TargetKernel K{"", hostProfile(), "none", "none", false};
    if (!resolve(Item, K, Error))
      return false;
    for (const TargetKernel &Seen : Out)
      if (Seen.Label == K.Label) {
        Error = "kernel '" + K.Label + "' is listed twice";
        return false;
      }
    Out.push_back(std::move(K));
    if (Comma == std::string_view::npos)
      return true;
    List = List.substr(Comma + 1);
  }
}

} // namespace model
} // namespace verifiable

//===- KernelProfile.cpp - The table of known kernels ---------------------===//
//
// Profiles come from KernelProfiles.def, the release each feature arrived in
// from KernelFeatures.def.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/KernelProfile.h"

namespace verifiable {
namespace model {

namespace {

struct FeatureRow {
  const char *Name;
  unsigned Major;
  unsigned Minor;
};

const FeatureRow FeatureRows[] = {
#define KERNEL_FEATURE(Ident, Major, Minor, Exact) {#Ident, Major, Minor},
#include "verifiable/Model/KernelFeatures.def"
};

#define PROFILE(Ident, Name, Major, Minor, LockdownLevel, KprobeOverride,      \
                Xfrm, NetClassid, Seg6Bpf, SynCookies)                         \
  const KernelProfile Ident##Profile = {                                       \
      Name,  Major,                                                            \
      Minor, Lockdown::LockdownLevel,                                          \
      true,  {KprobeOverride, Xfrm, NetClassid, Seg6Bpf, SynCookies}};
#include "KernelProfiles.def"

const KernelProfile *const AllProfiles[] = {
#define PROFILE(Ident, ...) &Ident##Profile,
#include "KernelProfiles.def"
};

} // namespace

const char *kernelFeatureName(KernelFeature F) {
  return FeatureRows[static_cast<unsigned>(F)].Name;
}

bool releaseHas(unsigned Major, unsigned Minor, KernelFeature F) {
  const FeatureRow &Row = FeatureRows[static_cast<unsigned>(F)];
  return Major > Row.Major || (Major == Row.Major && Minor >= Row.Minor);
}

const KernelProfile &hostProfile() { return HostProfile; }

const KernelProfile &linux612Profile() { return Linux612Profile; }

KernelProfile withoutPrivileges(const KernelProfile &P) {
  KernelProfile Copy = P;
  Copy.Privileged = false;
  return Copy;
}

const KernelProfile *findProfile(std::string_view Name) {
  for (const KernelProfile *P : AllProfiles)
    if (Name == P->Name)
      return P;
  return nullptr;
}

KernelProfile releaseProfile(const char *Name, unsigned Major, unsigned Minor,
                             const KernelBuildOptions &Build) {
  return KernelProfile{Name, Major, Minor, Lockdown::None, true, Build};
}

} // namespace model
} // namespace verifiable

//===- KernelProfile.cpp - The table of known kernels ---------------------===//
//
// Profiles come from KernelProfiles.def.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/KernelProfile.h"

namespace verifiable {
namespace model {

namespace {

#define PROFILE(Ident, Name, Major, Minor, LockdownLevel, Privileged,          \
                KprobeOverride, Xfrm, NetClassid, Seg6Bpf, SynCookies,         \
                TraceHelpersInBase, NetnsCookieForSkb, UnixGetnameSockopt,     \
                Seg6localPullData, ConstKeyLookupNonNull, GenericKfuncsWider,  \
                CpumaskKfuncsForTracepoints, LookupTypedByMap,                 \
                DynptrSliceRdwrRefused, SliceTiedToBuffer,                     \
                RcuProtectedNeedsSection)                                      \
  const KernelProfile Ident##Profile = {Name,                                  \
                                        Major,                                 \
                                        Minor,                                 \
                                        Lockdown::LockdownLevel,               \
                                        Privileged,                            \
                                        KprobeOverride,                        \
                                        Xfrm,                                  \
                                        NetClassid,                            \
                                        Seg6Bpf,                               \
                                        SynCookies,                            \
                                        TraceHelpersInBase,                    \
                                        NetnsCookieForSkb,                     \
                                        UnixGetnameSockopt,                    \
                                        Seg6localPullData,                     \
                                        ConstKeyLookupNonNull,                 \
                                        GenericKfuncsWider,                    \
                                        CpumaskKfuncsForTracepoints,           \
                                        LookupTypedByMap,                      \
                                        DynptrSliceRdwrRefused,                \
                                        SliceTiedToBuffer,                     \
                                        RcuProtectedNeedsSection};
#include "KernelProfiles.def"

const KernelProfile *const AllProfiles[] = {&HostProfile, &Linux612Profile};

} // namespace

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

} // namespace model
} // namespace verifiable

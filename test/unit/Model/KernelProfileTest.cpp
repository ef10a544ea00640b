//===- KernelProfileTest.cpp - Known kernels ------------------------------===//
//
// The profiles name what differs between the kernels: features by release,
// build options and lockdown by profile.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/KernelProfile.h"

#include "gtest/gtest.h"

#include <string>

using namespace verifiable::model;

namespace {

TEST(KernelProfileTest, Lookup) {
  EXPECT_EQ(findProfile("host"), &hostProfile());
  EXPECT_EQ(findProfile("linux-6.12"), &linux612Profile());
  ASSERT_NE(findProfile("debian-6.1"), nullptr);
  EXPECT_EQ(findProfile("debian-6.1")->Minor, 1u);
  EXPECT_EQ(findProfile("linux-2.6"), nullptr);
}

TEST(KernelProfileTest, Host) {
  const KernelProfile &P = hostProfile();
  EXPECT_EQ(P.Major, 6u);
  EXPECT_EQ(P.Minor, 18u);
  EXPECT_EQ(P.LockdownLevel, Lockdown::Integrity);
  EXPECT_TRUE(P.Privileged);
  EXPECT_FALSE(P.Build.KprobeOverride);
  EXPECT_FALSE(P.Build.Seg6Bpf);
  EXPECT_TRUE(P.has(KernelFeature::TraceHelpersInBase));
  EXPECT_TRUE(P.has(KernelFeature::ConstKeyLookupNonNull));
  EXPECT_TRUE(P.has(KernelFeature::DynptrSliceRdwrRefused));
  EXPECT_TRUE(P.has(KernelFeature::SliceTiedToBuffer));
}

TEST(KernelProfileTest, Baseline) {
  const KernelProfile &P = linux612Profile();
  EXPECT_EQ(P.Minor, 12u);
  EXPECT_EQ(P.LockdownLevel, Lockdown::None);
  EXPECT_TRUE(P.Build.KprobeOverride);
  EXPECT_FALSE(P.has(KernelFeature::TraceHelpersInBase));
  EXPECT_FALSE(P.has(KernelFeature::NetnsCookieForSkb));
  EXPECT_FALSE(P.has(KernelFeature::UnixGetnameSockopt));
  EXPECT_FALSE(P.has(KernelFeature::Seg6localPullData));
  EXPECT_FALSE(P.has(KernelFeature::ConstKeyLookupNonNull));
  EXPECT_FALSE(P.has(KernelFeature::DynptrSliceRdwrRefused));
  EXPECT_FALSE(P.has(KernelFeature::SliceTiedToBuffer));
}

TEST(KernelProfileTest, FeaturesFollowTheRelease) {
  // The constant-key lookup arrived in 6.14: off before, on from then on,
  // whatever the major number does.
  EXPECT_FALSE(releaseHas(6, 13, KernelFeature::ConstKeyLookupNonNull));
  EXPECT_TRUE(releaseHas(6, 14, KernelFeature::ConstKeyLookupNonNull));
  EXPECT_TRUE(releaseHas(7, 0, KernelFeature::ConstKeyLookupNonNull));
  EXPECT_FALSE(releaseHas(5, 15, KernelFeature::ConstKeyLookupNonNull));
  EXPECT_EQ(std::string(kernelFeatureName(KernelFeature::LookupTypedByMap)),
            "LookupTypedByMap");
  // Every feature is on in the newest profiled kernel: the table only
  // lists what older kernels lack.
  for (unsigned I = 0; I < NumKernelFeatures; ++I)
    EXPECT_TRUE(hostProfile().has(static_cast<KernelFeature>(I)))
        << kernelFeatureName(static_cast<KernelFeature>(I));
}

TEST(KernelProfileTest, ReleaseProfile) {
  KernelBuildOptions Build;
  Build.Xfrm = false;
  KernelProfile P = releaseProfile("6.15", 6, 15, Build);
  EXPECT_TRUE(P.Privileged);
  EXPECT_EQ(P.LockdownLevel, Lockdown::None);
  EXPECT_FALSE(P.Build.Xfrm);
  EXPECT_TRUE(P.Build.SynCookies);
  EXPECT_TRUE(P.has(KernelFeature::ConstKeyLookupNonNull));
  EXPECT_FALSE(P.has(KernelFeature::LookupTypedByMap));
}

TEST(KernelProfileTest, WithoutPrivilegesChangesOnlyThePrivilege) {
  KernelProfile P = withoutPrivileges(hostProfile());
  EXPECT_FALSE(P.Privileged);
  EXPECT_STREQ(P.Name, hostProfile().Name);
  EXPECT_EQ(P.LockdownLevel, hostProfile().LockdownLevel);
  EXPECT_EQ(P.Minor, hostProfile().Minor);
  EXPECT_TRUE(hostProfile().Privileged);
}

} // namespace

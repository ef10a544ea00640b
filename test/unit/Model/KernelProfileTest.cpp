//===- KernelProfileTest.cpp - Known kernels ------------------------------===//
//
// The profiles name what differs between the 6.12 baseline and the host.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/KernelProfile.h"

#include "gtest/gtest.h"

using namespace verifiable::model;

namespace {

TEST(KernelProfileTest, Lookup) {
  EXPECT_EQ(findProfile("host"), &hostProfile());
  EXPECT_EQ(findProfile("linux-6.12"), &linux612Profile());
  EXPECT_EQ(findProfile("linux-2.6"), nullptr);
}

TEST(KernelProfileTest, Host) {
  const KernelProfile &P = hostProfile();
  EXPECT_EQ(P.Major, 6u);
  EXPECT_EQ(P.Minor, 18u);
  EXPECT_EQ(P.LockdownLevel, Lockdown::Integrity);
  EXPECT_TRUE(P.Privileged);
  EXPECT_FALSE(P.KprobeOverride);
  EXPECT_TRUE(P.TraceHelpersInBase);
  EXPECT_TRUE(P.ConstKeyLookupNonNull);
  EXPECT_TRUE(P.DynptrSliceRdwrRefused);
  EXPECT_TRUE(P.SliceTiedToBuffer);
}

TEST(KernelProfileTest, Baseline) {
  const KernelProfile &P = linux612Profile();
  EXPECT_EQ(P.Minor, 12u);
  EXPECT_EQ(P.LockdownLevel, Lockdown::None);
  EXPECT_TRUE(P.KprobeOverride);
  EXPECT_FALSE(P.TraceHelpersInBase);
  EXPECT_FALSE(P.NetnsCookieForSkb);
  EXPECT_FALSE(P.UnixGetnameSockopt);
  EXPECT_FALSE(P.Seg6localPullData);
  EXPECT_FALSE(P.ConstKeyLookupNonNull);
  EXPECT_FALSE(P.DynptrSliceRdwrRefused);
  EXPECT_FALSE(P.SliceTiedToBuffer);
}

TEST(KernelProfileTest, WithoutPrivilegesChangesOnlyThePrivilege) {
  KernelProfile P = withoutPrivileges(hostProfile());
  EXPECT_FALSE(P.Privileged);
  EXPECT_STREQ(P.Name, hostProfile().Name);
  EXPECT_EQ(P.LockdownLevel, hostProfile().LockdownLevel);
  EXPECT_EQ(P.ConstKeyLookupNonNull, hostProfile().ConstKeyLookupNonNull);
  EXPECT_TRUE(hostProfile().Privileged);
}

} // namespace

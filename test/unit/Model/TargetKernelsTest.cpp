//===- TargetKernelsTest.cpp - -verifiable-kernel names -------------------===//
//
// Names to profiles and files: Debian's releases get their profiles, the
// kernel cache supplies BTF and .config, malformed lists are errors.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/TargetKernels.h"

#include "gtest/gtest.h"

#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace verifiable::model;

namespace {

/// A kernel cache of its own, with 6.1's BTF and config only.
class TargetKernelsTest : public testing::Test {
protected:
  void SetUp() override {
    char Template[] = "/tmp/target-kernels-XXXXXX";
    ASSERT_NE(mkdtemp(Template), nullptr);
    Dir = Template;
    mkdir((Dir + "/6.1").c_str(), 0755);
    std::ofstream(Dir + "/6.1/vmlinux.btf") << "btf";
    std::ofstream(Dir + "/6.1/config") << "CONFIG_BPF=y\n";
    const char *Old = std::getenv("VERIFIABLE_KERNEL_CACHE");
    if (Old)
      Saved = Old;
    HadOld = Old != nullptr;
    setenv("VERIFIABLE_KERNEL_CACHE", Dir.c_str(), 1);
  }
  void TearDown() override {
    if (HadOld)
      setenv("VERIFIABLE_KERNEL_CACHE", Saved.c_str(), 1);
    else
      unsetenv("VERIFIABLE_KERNEL_CACHE");
    unlink((Dir + "/6.1/vmlinux.btf").c_str());
    unlink((Dir + "/6.1/config").c_str());
    rmdir((Dir + "/6.1").c_str());
    rmdir(Dir.c_str());
  }

  std::string Dir, Saved;
  bool HadOld = false;
};

TEST_F(TargetKernelsTest, ReleasesAndTheirFiles) {
  EXPECT_EQ(kernelCacheDir(), Dir);
  std::vector<TargetKernel> K;
  std::string Error;
  ASSERT_TRUE(parseTargetKernels("6.1,6.12:/x/btf,host", K, Error)) << Error;
  ASSERT_EQ(K.size(), 3u);
  EXPECT_EQ(K[0].Label, "6.1");
  EXPECT_STREQ(K[0].Profile.Name, "debian-6.1");
  EXPECT_EQ(K[0].BtfPath, Dir + "/6.1/vmlinux.btf");
  EXPECT_EQ(K[0].ConfigPath, Dir + "/6.1/config");
  EXPECT_FALSE(K[0].Running);
  EXPECT_STREQ(K[1].Profile.Name, "debian-6.12");
  EXPECT_EQ(K[1].BtfPath, "/x/btf");
  EXPECT_TRUE(K[2].Running);
  EXPECT_STREQ(K[2].Profile.Name, "host");
}

TEST_F(TargetKernelsTest, UnprofiledReleaseTakesItsFeatures) {
  std::vector<TargetKernel> K;
  std::string Error;
  ASSERT_TRUE(parseTargetKernels("6.9", K, Error)) << Error;
  ASSERT_EQ(K.size(), 1u);
  EXPECT_EQ(K[0].Profile.Minor, 9u);
  EXPECT_TRUE(K[0].Profile.has(KernelFeature::Cpuv4Insns));
  EXPECT_FALSE(K[0].Profile.has(KernelFeature::PidTgidInBase));
  if (runningRelease() != "6.9") // nothing cached for 6.9
    EXPECT_EQ(K[0].BtfPath, "none");
}

TEST_F(TargetKernelsTest, MalformedLists) {
  std::vector<TargetKernel> K;
  std::string Error;
  EXPECT_FALSE(parseTargetKernels("", K, Error));
  EXPECT_FALSE(parseTargetKernels("6.1,", K, Error));
  EXPECT_FALSE(parseTargetKernels("6.1:", K, Error));
  EXPECT_NE(Error.find("no BTF file"), std::string::npos);
  EXPECT_FALSE(parseTargetKernels("5.15", K, Error));
  EXPECT_NE(Error.find("oldest kernel"), std::string::npos);
  EXPECT_FALSE(parseTargetKernels("six", K, Error));
  EXPECT_FALSE(parseTargetKernels("6.x", K, Error));
  EXPECT_FALSE(parseTargetKernels("6.12,6.12", K, Error));
  EXPECT_NE(Error.find("twice"), std::string::npos);
}

} // namespace

//===- KconfigTest.cpp - Target facts: .config, __kconfig values, CPUs ----===//
//
// libbpf's rules for filling __kconfig externs, checked value by value: a
// wrong byte here is a wrong constant in every program that reads it.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/HostMachine.h"
#include "verifiable/Model/KconfigExterns.h"
#include "verifiable/Model/KernelConfig.h"

#include <gtest/gtest.h>

using namespace verifiable::model;

namespace {

const char *const SmallConfig = "#\n"
                                "# Linux/x86 6.1.42 Kernel Configuration\n"
                                "#\n"
                                "CONFIG_BPF_SYSCALL=y\n"
                                "CONFIG_NF_CONNTRACK=m\n"
                                "# CONFIG_DEBUG_INFO_BTF is not set\n"
                                "CONFIG_HZ=250\n"
                                "CONFIG_PHYSICAL_START=0x1000000\n"
                                "CONFIG_LOCALVERSION=\"-cloud\"\n"
                                "CONFIG_NR_CPUS=-1\n";

KconfigExtern ext(const char *Name, KconfigType T, unsigned Size,
                  bool Weak = false, bool Signed = false) {
  KconfigExtern E;
  E.Name = Name;
  E.Type = T;
  E.Size = Size;
  E.Weak = Weak;
  E.Signed = Signed;
  return E;
}

class KconfigValues : public ::testing::Test {
protected:
  KconfigValues() : Config("test.config") {
    EXPECT_TRUE(Config.parse(SmallConfig));
    In.Config = &Config;
  }
  uint64_t knownValue(const KconfigExtern &E) {
    KconfigValue V = resolveKconfigExtern(E, In);
    EXPECT_EQ(V.K, KconfigValue::Known) << E.Name << ": " << V.Why;
    uint64_t N = 0;
    for (size_t I = 0; I < V.Bytes.size() && I < 8; ++I)
      N |= static_cast<uint64_t>(V.Bytes[I]) << (8 * I);
    return N;
  }
  std::string loadError(const KconfigExtern &E) {
    KconfigValue V = resolveKconfigExtern(E, In);
    EXPECT_EQ(V.K, KconfigValue::LoadError) << E.Name;
    return V.Why;
  }
  KernelConfig Config;
  KconfigInputs In;
};

TEST(KernelConfig, ParsesValuesAndRelease) {
  KernelConfig C("x");
  ASSERT_TRUE(C.parse(SmallConfig));
  EXPECT_EQ(C.release(), "6.1.42");
  EXPECT_EQ(C.value("CONFIG_HZ").value_or(""), "250");
  EXPECT_EQ(C.value("CONFIG_LOCALVERSION").value_or(""), "\"-cloud\"");
  // "is not set" is a comment to libbpf: no value at all.
  EXPECT_FALSE(C.value("CONFIG_DEBUG_INFO_BTF").has_value());
}

TEST(KernelConfig, MalformedLineIsAProblemNotAGuess) {
  KernelConfig C("broken.config");
  EXPECT_FALSE(C.parse("CONFIG_A=y\nCONFIG_B\n"));
  EXPECT_NE(C.problem().find("malformed line 2"), std::string::npos);
  EXPECT_FALSE(C.available());
}

TEST(KernelConfig, MissingFileIsReported) {
  KernelConfig C("/nonexistent/verifiable.config");
  EXPECT_FALSE(C.available());
  EXPECT_NE(C.problem().find("cannot read kernel configuration"),
            std::string::npos);
  KernelConfig None("none");
  EXPECT_FALSE(None.available());
}

TEST_F(KconfigValues, TristateBoolCharAndNumbers) {
  EXPECT_EQ(knownValue(ext("CONFIG_BPF_SYSCALL", KconfigType::Bool, 1)), 1u);
  EXPECT_EQ(knownValue(ext("CONFIG_NF_CONNTRACK", KconfigType::Tristate, 4)),
            2u);
  EXPECT_EQ(knownValue(ext("CONFIG_BPF_SYSCALL", KconfigType::Char, 1)),
            uint64_t('y'));
  EXPECT_EQ(knownValue(ext("CONFIG_HZ", KconfigType::Int, 4)), 250u);
  EXPECT_EQ(knownValue(ext("CONFIG_PHYSICAL_START", KconfigType::Int, 8)),
            0x1000000u);
}

TEST_F(KconfigValues, StringsAreTruncatedAndTerminated) {
  KconfigValue V = resolveKconfigExtern(
      ext("CONFIG_LOCALVERSION", KconfigType::CharArray, 4), In);
  ASSERT_EQ(V.K, KconfigValue::Known);
  EXPECT_EQ(std::string(V.Bytes.begin(), V.Bytes.end()),
            std::string("-cl\0", 4));
}

TEST_F(KconfigValues, MissingWeakIsZeroMissingStrongFailsTheLoad) {
  EXPECT_EQ(knownValue(ext("CONFIG_DEBUG_INFO_BTF", KconfigType::Bool, 1,
                           /*Weak=*/true)),
            0u);
  EXPECT_EQ(loadError(ext("CONFIG_DEBUG_INFO_BTF", KconfigType::Bool, 1)),
            "extern 'CONFIG_DEBUG_INFO_BTF' (strong): not resolved");
}

TEST_F(KconfigValues, TypeMismatchesAreLibbpfErrors) {
  EXPECT_EQ(loadError(ext("CONFIG_NF_CONNTRACK", KconfigType::Bool, 1)),
            "extern (kcfg) 'CONFIG_NF_CONNTRACK': value 'm' implies "
            "tristate or char type");
  EXPECT_EQ(loadError(ext("CONFIG_PHYSICAL_START", KconfigType::Int, 2)),
            "extern (kcfg) 'CONFIG_PHYSICAL_START': value '16777216' doesn't "
            "fit in 2 bytes");
  EXPECT_EQ(loadError(ext("CONFIG_HZ", KconfigType::Char, 1, false,
                          /*Signed=*/true)),
            "extern (kcfg) 'CONFIG_HZ': value '250' doesn't fit in 1 bytes");
  EXPECT_EQ(loadError(ext("CONFIG_HZ", KconfigType::Tristate, 4)),
            "extern (kcfg) 'CONFIG_HZ': value '250' implies integer type");
}

TEST_F(KconfigValues, VirtualExterns) {
  // The release comes from the .config header.
  EXPECT_EQ(knownValue(ext("LINUX_KERNEL_VERSION", KconfigType::Int, 4)),
            (6u << 16) + (1u << 8) + 42u);
  EXPECT_EQ(knownValue(ext("LINUX_FUTURE_THING", KconfigType::Int, 4,
                           /*Weak=*/true)),
            0u);
  EXPECT_EQ(loadError(ext("LINUX_FUTURE_THING", KconfigType::Int, 4)),
            "extern (kcfg) 'LINUX_FUTURE_THING': unrecognized virtual extern");
  // Without BTF, feature probes cannot be answered.
  KconfigValue Cookie = resolveKconfigExtern(
      ext("LINUX_HAS_BPF_COOKIE", KconfigType::Bool, 1), In);
  EXPECT_EQ(Cookie.K, KconfigValue::Unknown);
}

TEST(KconfigExterns, UnknownWithoutConfiguration) {
  KconfigInputs In;
  KconfigValue V =
      resolveKconfigExtern(ext("CONFIG_HZ", KconfigType::Int, 4), In);
  EXPECT_EQ(V.K, KconfigValue::Unknown);
  EXPECT_NE(V.Why.find("-verifiable-kconfig"), std::string::npos);
}

TEST(KconfigExterns, KernelVersionCodeClampsThePatchLevel) {
  EXPECT_EQ(kernelVersionCode("6.18.44-fc"), (6u << 16) + (18u << 8) + 44u);
  EXPECT_EQ(kernelVersionCode("4.19.300"), (4u << 16) + (19u << 8) + 255u);
  EXPECT_EQ(kernelVersionCode("6.18"), 0u);
}

} // namespace

namespace {
TEST(HostMachine, NrCpuIdsIsOnePastTheHighestPossibleCpu) {
  EXPECT_EQ(verifiable::model::nrCpuIdsFromList("0-1\n"), 2u);
  EXPECT_EQ(verifiable::model::nrCpuIdsFromList("0"), 1u);
  EXPECT_EQ(verifiable::model::nrCpuIdsFromList("0-3,8-11"), 12u);
  EXPECT_EQ(verifiable::model::nrCpuIdsFromList(""), 0u);
  EXPECT_EQ(verifiable::model::nrCpuIdsFromList("0-x"), 0u);
}
} // namespace

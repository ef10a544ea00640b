//===- KconfigExterns.h - Values libbpf gives __kconfig externs -*- C++ -*-===//
//
// `extern <type> NAME __kconfig;` is filled by libbpf before the kernel sees
// the program: CONFIG_* names from the kernel's .config, the "virtual"
// LINUX_* names from the kernel itself (its release, whether it has BPF
// cookies and syscall wrappers). libbpf stores them in the .kconfig map,
// which it freezes read-only, so the verifier reads the exact values. This
// file says what each value is on the target kernel: known bytes, unknown
// (the engine then uses the full range of the type), or libbpf's load error.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KCONFIGEXTERNS_H
#define VERIFIABLE_MODEL_KCONFIGEXTERNS_H

#include <cstdint>
#include <string>
#include <vector>

namespace verifiable {
namespace model {

class KernelConfig;
class TargetBtf;

/// A __kconfig extern's C type, as libbpf classifies it.
enum class KconfigType : uint8_t {
  Bool,      ///< _Bool / bool
  Tristate,  ///< enum libbpf_tristate (n = 0, y = 1, m = 2)
  Char,      ///< char: the letter itself ('y', 'n', 'm')
  Int,       ///< any other integer of 1, 2, 4 or 8 bytes
  CharArray, ///< char[N]: a string option
  Unsupported,
};

struct KconfigExtern {
  std::string Name;
  KconfigType Type = KconfigType::Unsupported;
  unsigned Size = 0; ///< bytes
  bool Signed = false;
  bool Weak = false;
};

struct KconfigValue {
  enum Kind : uint8_t { Known, Unknown, LoadError };
  Kind K = Unknown;
  std::vector<uint8_t> Bytes; ///< Known: Size bytes, little-endian.
  /// Unknown: what would settle it. LoadError: libbpf's message.
  std::string Why;
};

/// Where the values come from.
struct KconfigInputs {
  KernelConfig *Config = nullptr;
  TargetBtf *Btf = nullptr;
  /// The target kernel is the one running here (libbpf's uname()).
  bool RunningKernel = false;
};

/// The value libbpf would give \p E when loading for the target kernel.
KconfigValue resolveKconfigExtern(const KconfigExtern &E, KconfigInputs &In);

/// libbpf's KERNEL_VERSION() of a release string ("6.18.44" -> 0x61c2c);
/// 0 when it does not start with three numbers.
uint32_t kernelVersionCode(const std::string &Release);

} // namespace model
} // namespace verifiable

#endif

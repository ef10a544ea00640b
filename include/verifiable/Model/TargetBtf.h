//===- TargetBtf.h - The target kernel's BTF, read on demand ----*- C++ -*-===//
//
// The kernel judges a program against its own types: libbpf resolves CO-RE
// relocations against the target kernel's BTF. That BTF is an input of the
// compile (-verifiable-target-btf=FILE). It is read at most once, and only
// when a program needs it, with libbpf's BTF parser. What could not be read
// is reported, never guessed.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_TARGETBTF_H
#define VERIFIABLE_MODEL_TARGETBTF_H

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct btf;

namespace verifiable {
namespace model {

/// The kernel BTF a compile checks against.
class TargetBtf {
public:
  /// The running kernel's BTF, the default target.
  static constexpr const char *RunningKernel = "/sys/kernel/btf/vmlinux";

  /// \p Path is a raw BTF file or an ELF file with a .BTF section; "none"
  /// or an empty path means no target BTF. Nothing is read here.
  explicit TargetBtf(std::string Path);
  ~TargetBtf();
  TargetBtf(const TargetBtf &) = delete;
  TargetBtf &operator=(const TargetBtf &) = delete;

  /// The default path: the running kernel's BTF when readable, else "none".
  static std::string defaultPath();

  /// Parses the file on first use. Null when there is no target BTF or it
  /// could not be read; then problem() says why.
  const struct btf *get();

  /// Why get() returned null ("" when it did not, or was never called).
  const std::string &problem() const { return Problem; }
  const std::string &path() const { return Path; }
  bool disabled() const { return Path.empty() || Path == "none"; }
  /// Whether a program asked for the BTF.
  bool used() const { return Loaded; }
  /// FNV-1a 64 over the raw BTF's 8-byte words, as 16 hex digits (""
  /// until loaded).
  const std::string &hash() const { return Hash; }

  /// Target type ids whose name, stripped of a `___flavor` suffix, is
  /// \p EssentialName.
  const std::vector<uint32_t> &typesNamed(std::string_view EssentialName);

private:
  std::string Path;
  struct btf *Btf = nullptr;
  bool Loaded = false;
  std::string Problem;
  std::string Hash;
  /// Target type ids per essential name asked for.
  std::unordered_map<std::string, std::vector<uint32_t>> ByName;
};

/// \p Name without a `___flavor` suffix (libbpf's "essential name").
std::string_view essentialName(std::string_view Name);

} // namespace model
} // namespace verifiable

#endif

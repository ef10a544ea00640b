//===- KernelConfig.h - The target kernel's .config -------------*- C++ -*-===//
//
// libbpf fills `extern ... __kconfig` variables from the kernel's build
// configuration (/boot/config-$(uname -r), else /proc/config.gz). For the
// engine that configuration is an input of the compile, like the target
// BTF (-verifiable-kconfig=FILE): read at most once, only when a program
// has a CONFIG_ extern, and what could not be read is reported, never
// guessed.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KERNELCONFIG_H
#define VERIFIABLE_MODEL_KERNELCONFIG_H

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace verifiable {
namespace model {

class KernelConfig {
public:
  /// \p Path is a plain or a gzip-compressed .config; "none" or an empty
  /// path means no configuration. Nothing is read here.
  explicit KernelConfig(std::string Path) : Path(std::move(Path)) {}

  /// Where libbpf looks on this machine: /boot/config-<release>, then
  /// /proc/config.gz; "none" when neither is readable.
  static std::string defaultPath();

  /// Parses \p Text, the contents of a .config. Lines that are not
  /// `NAME=value` (comments, `# CONFIG_X is not set`) carry no value, as
  /// for libbpf. Returns false, with problem() set, on a malformed line.
  bool parse(std::string_view Text);

  /// The text after '=' for \p Name (quotes kept), reading the file on
  /// first use; nullopt when the option has no value or nothing was read.
  std::optional<std::string_view> value(std::string_view Name);
  /// Whether the file was read (false when there is none or it failed).
  bool available();
  /// The kernel release of the "# Linux/<arch> <release> Kernel
  /// Configuration" header line, "" when absent.
  const std::string &release() const { return Release; }

  const std::string &path() const { return Path; }
  bool disabled() const { return Path.empty() || Path == "none"; }
  /// Why available() is false ("" when it is, or before first use).
  const std::string &problem() const { return Problem; }
  /// Whether a program asked for the configuration.
  bool used() const { return Loaded; }

private:
  void load();

  std::string Path;
  bool Loaded = false;
  bool Read = false;
  std::string Problem;
  std::string Release;
  std::map<std::string, std::string, std::less<>> Values;
};

} // namespace model
} // namespace verifiable

#endif

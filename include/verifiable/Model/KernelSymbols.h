//===- KernelSymbols.h - The target kernel's symbol table -------*- C++ -*-===//
//
// libbpf resolves an untyped `extern const void NAME __ksym;` from the
// kernel's symbol table (/proc/kallsyms) and loads its address as a plain
// number. Whether a symbol exists decides a weak extern's value (0 when
// absent) and whether a strong one lets the object load at all. Only the
// running kernel's table is readable; for any other target the answer is
// unknown.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_KERNELSYMBOLS_H
#define VERIFIABLE_MODEL_KERNELSYMBOLS_H

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace verifiable {
namespace model {

class KernelSymbols {
public:
  /// \p Path is a kallsyms-format file; "none" or "" means no table.
  explicit KernelSymbols(std::string Path) : Path(std::move(Path)) {}

  /// Whether the kernel has a symbol \p Name (of any kind, in the kernel
  /// or a module), reading the table on first use; nullopt when the table
  /// cannot be read.
  std::optional<bool> has(std::string_view Name);
  /// Parses kallsyms text ("<addr> <type> <name>[ [module]]" per line).
  void parse(std::string_view Text);

private:
  std::string Path;
  bool Loaded = false;
  bool Read = false;
  std::set<std::string, std::less<>> Names;
};

} // namespace model
} // namespace verifiable

#endif

//===- StructOpsLink.h - .struct_ops.link for libbpf 1.1 --------*- C++ -*-===//
//
// libbpf 1.1 (Debian 12) does not know `.struct_ops.link` sections, which
// newer libbpf (1.3+) loads like `.struct_ops` ones (only attaching them
// differently). It skips them, and a program stored only there is loaded
// without its struct and member: the kernel refuses it with ENOTSUPP and no
// log, a verdict no current loader produces. For an object with
// `.struct_ops.link` and no `.struct_ops`, the tool loads a copy in which
// the section (its relocations and its BTF DATASEC) is named `.struct_ops`.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_STRUCTOPSLINK_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_STRUCTOPSLINK_H

#include <string>

namespace verifiable {
namespace kernelcheck {

/// The path to load \p Path from: \p Path itself, or a temporary copy
/// with `.struct_ops.link` renamed (removed by the destructor).
class LoadableCopy {
public:
  explicit LoadableCopy(const std::string &Path);
  ~LoadableCopy();
  LoadableCopy(const LoadableCopy &) = delete;
  LoadableCopy &operator=(const LoadableCopy &) = delete;
  const std::string &path() const { return Loaded; }

private:
  std::string Loaded;
  std::string Temporary;
};

} // namespace kernelcheck
} // namespace verifiable

#endif

//===- ObjectInspector.h - Is this a BPF object, what is in it --*- C++ -*-===//
//
// Checks an input before anything is loaded: a missing file, an empty file,
// something that is not an ELF BPF object or a truncated one gets a clear
// one-line reason instead of libbpf's chatter (or worse, a crash inside it).
// Then lists the object's programs.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_OBJECTINSPECTOR_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_OBJECTINSPECTOR_H

#include <string>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct ProgramInfo {
  std::string Name;
  std::string Section;
  /// libbpf's name of the program type ("xdp", "kprobe"...), or "unspec"
  /// when libbpf cannot tell it from the section name.
  std::string Type;
};

struct ObjectInfo {
  std::string Path;
  std::vector<ProgramInfo> Programs;
};

/// Fills \p Info for the object at \p Path. Returns false, with the reason in
/// \p Error, if the file cannot be used.
bool inspectObject(const std::string &Path, ObjectInfo &Info,
                   std::string &Error);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_OBJECTINSPECTOR_H

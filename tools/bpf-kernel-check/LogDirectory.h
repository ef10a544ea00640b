//===- LogDirectory.h - Where full verifier logs go -------------*- C++ -*-===//
//
// The JSON line carries only the error and the tail of a log; --log DIR keeps
// the whole log of every program, as the kernel wrote it, one file each.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_LOGDIRECTORY_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_LOGDIRECTORY_H

#include <string>

namespace verifiable {
namespace kernelcheck {

class LogDirectory {
public:
  /// \p PerObject: put logs in one subdirectory per object (used when
  /// several objects are checked, since program names repeat across them).
  LogDirectory(std::string Root, bool PerObject)
      : Root(std::move(Root)), PerObject(PerObject) {}

  /// Writes \p Log to <Root>/[<object file name>/]<program>.log, creating
  /// directories as needed. Returns false with \p Error set on failure.
  bool write(const std::string &ObjectPath, const std::string &Program,
             const std::string &Log, std::string &Error) const;

private:
  std::string Root;
  bool PerObject;
};

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_LOGDIRECTORY_H

//===- SourceLoc.h - C source position of a BPF instruction ----*- C++ -*-===//
//
// Every decoded instruction remembers where it came from in C so that a
// finding can be reported at the user's source line, including the chain of
// inlined call sites that led there.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_SOURCELOC_H
#define VERIFIABLE_PROGRAM_SOURCELOC_H

#include <memory>
#include <string>

namespace verifiable {
namespace bpf {

struct SourceLoc {
  std::string File; ///< As written in debug info (may be relative).
  std::string Directory;
  unsigned Line = 0;
  unsigned Column = 0;
  /// The call site this location was inlined into, if any.
  std::shared_ptr<const SourceLoc> InlinedAt;

  bool isValid() const { return Line != 0; }
  /// "file:line:col", or "<unknown>" without debug info.
  std::string str() const;
};

} // namespace bpf
} // namespace verifiable

#endif

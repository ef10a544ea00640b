//===- SourceLoc.cpp - Printing source positions --------------------------===//
//
// Source positions print as clang prints them, so messages and logs read the
// same as the compiler's own diagnostics.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Program/SourceLoc.h"

using namespace verifiable::bpf;

std::string SourceLoc::str() const {
  if (!isValid())
    return "<unknown>";
  std::string S = File + ":" + std::to_string(Line);
  if (Column)
    S += ":" + std::to_string(Column);
  return S;
}

//===- FailureClassifier.h - Reject or skipped, and why ---------*- C++ -*-===//
//
// bpf_object__load() fails the same way whether the verifier refused the
// program or libbpf never got to ask it. This file tells the two apart from
// the evidence left behind: the verifier log (the kernel writes one only
// when the verifier runs) and libbpf's messages (which say whether the
// BPF_PROG_LOAD syscall was made, and what failed before it).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_FAILURECLASSIFIER_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_FAILURECLASSIFIER_H

#include "LibbpfOutput.h"
#include "Verdict.h"

#include <string>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct LoadFailure {
  std::string ProgName;
  /// Program type (enum bpf_prog_type) libbpf inferred for the program.
  unsigned ProgType = 0;
  /// Positive errno from bpf_object__load().
  int Errno = 0;
  /// True if the kernel wrote a verifier log.
  bool HasLog = false;
  std::vector<LibbpfMessage> Messages;
};

struct Classification {
  Verdict Result;
  std::string Reason;
};

Classification classifyLoadFailure(const LoadFailure &Failure);

/// The name of the map libbpf failed to create, if \p Messages report one.
std::string mapCreationFailure(const std::vector<LibbpfMessage> &Messages);

/// True if \p Log shows the verifier stopping at a reference to a map that
/// was deliberately not created (libbpf's rewrite of its poisoned
/// instruction: "BPF map 'm' is referenced but wasn't created").
bool logReferencesUncreatedMap(const std::string &Log);

/// True if \p Log shows the kernel looking for the exception callback that
/// an "exception_callback:" decl tag names and not finding it: libbpf 1.1
/// leaves an uncalled callback out of the program (1.3 and later append
/// it), so the verifier never judged the program a newer loader would
/// give it.
bool logMissesExceptionCallback(const std::string &Log);

/// "EACCES", "EINVAL"... for \p Errno, or its number.
std::string errnoName(int Errno);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_FAILURECLASSIFIER_H

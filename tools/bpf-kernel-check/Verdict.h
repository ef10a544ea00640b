//===- Verdict.h - The outcome of loading one program -----------*- C++ -*-===//
//
// What the kernel did with one program: the vocabulary shared by the loader,
// the failure classifier and the report.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_VERDICT_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_VERDICT_H

#include <string>

namespace verifiable {
namespace kernelcheck {

enum class Verdict {
  /// BPF_PROG_LOAD returned a program fd: the verifier accepted it.
  Accept,
  /// The verifier ran and refused the program; its log says why.
  Reject,
  /// The load failed before the verifier could judge the program (map
  /// creation, attach target, permission, program type...): no verdict.
  Skipped,
};

inline const char *verdictName(Verdict V) {
  switch (V) {
  case Verdict::Accept:
    return "accept";
  case Verdict::Reject:
    return "reject";
  case Verdict::Skipped:
    return "skipped";
  }
  return "skipped";
}

struct LoadOutcome {
  Verdict Result = Verdict::Skipped;
  /// errno of the failed load (positive); 0 when accepted.
  int Errno = 0;
  /// Why the program was skipped, or a note on an accepted program.
  std::string Reason;
  /// The kernel verifier's log, as the kernel wrote it.
  std::string Log;
};

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_VERDICT_H

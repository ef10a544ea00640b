//===- VerifierLog.h - What a verifier log says -----------------*- C++ -*-===//
//
// Reads the kernel verifier's log (levels 1 and 4): the statistics it ends
// with, and the line a human would call "the error" of a rejection. Pure text
// processing, so it can be tested on saved logs.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_VERIFIERLOG_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_VERIFIERLOG_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verifiable {
namespace kernelcheck {

struct VerifierLogSummary {
  /// "processed N insns (limit ...) ..."
  std::optional<int64_t> ProcessedInsns;
  /// "verification time N usec" (log level 4)
  std::optional<int64_t> VerificationTimeUsec;
  /// "stack depth A+B+..." (log level 4): one entry per subprogram.
  std::optional<std::vector<int64_t>> StackDepth;
  /// The error a rejection reports; empty if the log shows none.
  std::string ErrorLine;
  /// The last non-empty lines of the log.
  std::vector<std::string> Tail;
};

VerifierLogSummary summarizeVerifierLog(std::string_view Log,
                                        size_t TailLines = 5);

/// True if \p Line is one of the statistics lines the verifier prints after
/// it has finished ("processed ...", "verification time ...", "stack depth").
bool isStatisticsLine(std::string_view Line);

/// True if \p Line is part of the verifier's trace rather than a message:
/// an instruction, a register state dump, a source line annotation, a
/// path switch ("from 4 to 6: ...") or a call/return frame marker.
bool isTraceLine(std::string_view Line);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_VERIFIERLOG_H

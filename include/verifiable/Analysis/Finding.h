//===- Finding.h - The engine's verdict on one BPF program -----*- C++ -*-===//
//
// What the engine predicts the kernel will say about one program entry:
// accept, reject with the kernel's message at an instruction, or unknown
// when something the engine does not model decides the outcome. Notes
// explain a rejection in source terms.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_ANALYSIS_FINDING_H
#define VERIFIABLE_ANALYSIS_FINDING_H

#include "verifiable/Program/SourceLoc.h"

#include <cstdint>
#include <string>
#include <vector>

namespace verifiable {

enum class Verdict { Accept, Reject, Unknown };

const char *verdictName(Verdict V);

struct FindingNote {
  bpf::SourceLoc Loc;
  std::string Function; ///< Function holding the instruction, if any.
  int InsnIndex = -1;   ///< Index inside Function, -1 when not an insn.
  std::string Text;
};

/// Why a rejection is the compiler's doing, not the source's: the code
/// checks one register and uses another that holds the same C value
/// (see CompilerCause.h). Empty Pattern: no such evidence.
struct CompilerCause {
  std::string Pattern;  ///< "reload", "extension-copy".
  FindingNote Check;    ///< The conditional jump that bounds CheckReg.
  FindingNote Use;      ///< Where the used value is made again.
  std::string CheckReg; ///< As the kernel's log names it: "w1", "r2".
  std::string UseReg;
  std::string Workaround; ///< The source-level change that avoids it.
};

struct Finding {
  std::string Program; ///< Entry function name.
  std::string Section;
  Verdict V = Verdict::Unknown;
  /// Reject: the kernel's message. Unknown: why the engine cannot decide.
  std::string Message;
  /// Reject: libbpf fails the load before the kernel sees the program, and
  /// Message is libbpf's.
  bool ByLoader = false;
  /// Where: the function and instruction the message is about.
  std::string Function;
  int InsnIndex = -1;
  bpf::SourceLoc Loc;
  std::vector<FindingNote> Notes;
  /// The knobs (`const volatile` globals) whose initial values the verdict
  /// relies on.
  std::vector<std::string> KnobsRead;
  /// An accept that relies on knobs: the kernel's message and where, when
  /// the loader sets them to other values and the kernel rejects (Text is
  /// empty otherwise).
  FindingNote KnobRejection;
  /// Reject: set when the rejection is the compiler's (Cause.Pattern not
  /// empty), with the evidence.
  CompilerCause Cause;
  uint64_t ProcessedInsns = 0;
  uint64_t PeakStates = 0;
  uint64_t InsnBudget = 0;
  /// Wall-clock time the engine spent on this program, in microseconds.
  uint64_t AnalysisTimeUsec = 0;
};

} // namespace verifiable

#endif

//===- CompilerCause.h - Rejections the compiler made -----------*- C++ -*-===//
//
// Some rejections are not the source's fault: the C code bounds-checks the
// value it uses, but the compiler checks one register and indexes with
// another that holds the same C value (the field loaded a second time, the
// value sign- or zero-extended once for the check and once for the use).
// The kernel only sees registers and cannot know they are equal; the plugin
// can. findCompilerCause() looks for such a pair in the code alone and
// proposes a patch that makes the use read the checked register;
// classifyRejection() calls the rejection compiler-made only when the
// engine accepts the patched program, so a claim always has evidence.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_ANALYSIS_COMPILERCAUSE_H
#define VERIFIABLE_ANALYSIS_COMPILERCAUSE_H

#include "verifiable/Analysis/Analyzer.h"
#include "verifiable/Analysis/Finding.h"
#include "verifiable/Program/Function.h"
#include "verifiable/Program/Program.h"

#include <optional>
#include <vector>

namespace verifiable {

/// One instruction replaced by one of the same length: indices stay.
struct InsnPatch {
  int Index = -1;
  bpf::Insn Replacement;
};

enum class CausePattern {
  /// The checked register and the used one are two loads of the same
  /// address (same base register and offset, same size) with no store or
  /// call in between.
  Reload,
  /// Both are the same extension (signed or not, same width) of the same
  /// value, made once for the check and once more for the use.
  ExtensionCopy,
};

const char *causePatternName(CausePattern P);

/// What the code shows: the conditional jump that bounds CheckReg, and the
/// instruction that made the used register's value again (RemakeInsn).
struct CauseCandidate {
  CausePattern Pattern = CausePattern::Reload;
  int CheckInsn = -1;
  int CheckReg = -1;
  bool Check32 = false; ///< The jump compares 32-bit subregisters.
  int RemakeInsn = -1;
  int UseReg = -1;
  bool Use32 = false;
  /// Makes the used register a copy of the checked one: equal values on
  /// every path that passed the check.
  std::vector<InsnPatch> Patches;
};

/// Looks, in \p F alone, for a register-pair pattern behind the rejection
/// at \p RejectInsn (an access through a pointer, or pointer arithmetic,
/// whose scalar went unbounded).
std::optional<CauseCandidate> findCompilerCause(const bpf::Function &F,
                                                int RejectInsn);

/// For a rejection \p Found of \p Entry: when findCompilerCause() finds a
/// candidate and the engine accepts the program with the candidate's
/// patch, fills Found.Cause and adds notes naming the
/// check, the use and the workaround.
void classifyRejection(const bpf::Program &P, const bpf::Function &Entry,
                       const AnalysisOptions &Opts, Finding &Found);

} // namespace verifiable

#endif

//===- Analyzer.cpp - Entry point of the abstract interpreter -------------===//
//
// Temporary: the engine is being built; until then every program is
// `unknown`, never a guessed accept.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/Analyzer.h"

using namespace verifiable;

Finding verifiable::analyzeProgram(const bpf::Program &P,
                                   const bpf::Function &Entry,
                                   const AnalysisOptions &Opts) {
  Finding F;
  F.Program = Entry.Name;
  F.Section = Entry.Section;
  F.V = Verdict::Unknown;
  F.Message = "the engine does not model this program yet";
  F.InsnBudget = Opts.InsnBudget;
  return F;
}

//===- Relevance.h - Which scalars can still matter -------------*- C++ -*-===//
//
// Internal to lib/Analysis. The kernel prunes a path when a verified state
// covers it, and it compares only the scalars that were proven to matter
// ("precise" ones: those that decided a branch, bounded a memory access, a
// helper's size or the return value). Everything else may differ. Without
// that, a loop that records, say, the index of the last '/' it saw creates a
// new state for every value and never converges.
//
// This static backward analysis over each function is the liveness half: a
// register or an 8-byte stack slot is relevant at an instruction if its
// value may flow into a branch, an address, a call or a return whose value
// is checked. Scalars that are not relevant are never compared. The
// precision half, which scalars a verified path actually depended on, is
// tracked along the paths (Precision.h).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_RELEVANCE_H
#define VERIFIABLE_LIB_ANALYSIS_RELEVANCE_H

#include "ProgramImage.h"

#include "verifiable/Analysis/VerifierState.h"

#include <vector>

namespace verifiable {
namespace analysis {

class Relevance {
public:
  /// \p EntryReturnChecked: the program type constrains R0 at the entry's
  /// exit, so it matters there.
  Relevance(const ProgramImage &Image, bool EntryReturnChecked);
  /// What matters on entry to instruction \p Pc.
  const RelevantSet &at(int Pc) const { return In[Pc]; }

private:
  std::vector<RelevantSet> In;
};

} // namespace analysis
} // namespace verifiable

#endif

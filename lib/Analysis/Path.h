//===- Path.h - One path being explored and its checkpoints -----*- C++ -*-===//
//
// Internal to lib/Analysis. A Path is the state of one execution path and
// the instruction it is at. A Checkpoint is a state kept at a prune point:
// finished checkpoints prune later paths that they subsume, unfinished ones
// detect loops. Each path links to the last checkpoint it passed, so the
// explorer knows when every path below a checkpoint has ended.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_PATH_H
#define VERIFIABLE_LIB_ANALYSIS_PATH_H

#include "Precision.h"

#include "verifiable/Analysis/VerifierState.h"

#include <memory>
#include <vector>

namespace verifiable {
namespace analysis {

/// A prune-point state kept for pruning and loop detection. Branches counts
/// the paths below it still being explored (the kernel's `branches`).
struct Checkpoint {
  VerifierState State;
  int Pc = 0;
  int Branches = 1;
  /// How often this state pruned a path, and how often it failed to; a
  /// state that keeps missing is dropped from the cache (like the kernel's
  /// miss_cnt/hit_cnt eviction), which keeps long loops linear.
  int Hits = 0;
  int Misses = 0;
  std::shared_ptr<Checkpoint> Parent;
  /// The instructions executed from Parent's state to this one.
  std::vector<HistoryEntry> Segment;
  /// The scalars that paths below this state depended on (Precision.h);
  /// only they are compared when it prunes. AllPrecise: every scalar is,
  /// here and in every ancestor.
  FrameSets Precise;
  bool AllPrecise = false;

  Checkpoint() = default;
  Checkpoint(const Checkpoint &) = delete;
  Checkpoint &operator=(const Checkpoint &) = delete;
  /// A path through a long loop leaves a chain of a million parents;
  /// release it iteratively, not by recursive destructors.
  ~Checkpoint() {
    std::shared_ptr<Checkpoint> P = std::move(Parent);
    while (P && P.use_count() == 1)
      P = std::move(P->Parent);
  }
};

struct Path {
  VerifierState State;
  int Pc = 0;      ///< Linear instruction index.
  int PrevPc = -1; ///< The instruction executed before Pc on this path.
  std::shared_ptr<Checkpoint> Parent;
  /// The instructions executed since Parent's state.
  std::vector<HistoryEntry> History;
};

} // namespace analysis
} // namespace verifiable

#endif

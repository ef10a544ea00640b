//===- Explorer.h - Walking every path of a program -------------*- C++ -*-===//
//
// Internal to lib/Analysis. The Explorer owns exploration, like the kernel's
// do_check() and is_state_visited(): the pending branches, the checkpoints
// at prune points, pruning by subsumption, loop detection, the
// processed-instruction budget and the queue of global functions still to
// verify. It knows nothing about what instructions do: it hands each one
// to transfer() (Dispatch.cpp) and acts on the Step it returns.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_EXPLORER_H
#define VERIFIABLE_LIB_ANALYSIS_EXPLORER_H

#include "Outcome.h"
#include "Path.h"
#include "ProgramImage.h"

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace verifiable {
namespace analysis {

class Relevance;
struct TransferEnv;

class Explorer {
public:
  Explorer(const ProgramImage &Image, const Relevance &Relevant);

  /// Explores every path from \p First (one do_check_common()) until all
  /// have ended or E.Out has a verdict.
  void explore(TransferEnv &E, Path First);

  /// Queues the other side of a branch (or a callback's entry) at \p Pc;
  /// it is explored after the current path, below the same checkpoint.
  void pushBranch(const Path &From, VerifierState S, int Pc);
  /// The state of an iterator's next iteration, \p Queued, forgets the
  /// scalars that differ from the previous iteration's state at this `next`
  /// call and that nothing verified so far depended on (the kernel's
  /// widen_imprecise_scalars()), so that a counter the loop does not test
  /// does not keep every iteration distinct.
  void widenImpreciseScalars(const Path &From, VerifierState &Queued) const;
  /// Queues global function \p Piece for its own verification, once.
  void queueGlobal(int Piece);
  const std::vector<int> &globalQueue() const { return Globals; }

  uint64_t processed() const { return Processed; }
  uint64_t peakStates() const { return PeakStates; }

private:
  Step stepOne(TransferEnv &E, Path &P);
  /// False when \p P is pruned here (or the analysis stopped).
  bool visitPrunePoint(TransferEnv &E, Path &P);
  /// Every path below \p Parent that has ended leaves its checkpoints.
  void finishPath(const std::shared_ptr<Checkpoint> &Parent);
  /// Marks what \p Need names (registers and slots of \p P, in frame
  /// \p Frame and below, before its next instruction) precise in the
  /// checkpoints of \p P, backtracking through its history.
  void markPrecise(const Path &P, FrameSets Need, int Frame);
  /// Every scalar of \p C and its ancestors becomes precise.
  static void markAllPrecise(Checkpoint *C);

  const ProgramImage &Image;
  const Relevance &Relevant;
  std::vector<bool> PrunePoints;
  std::vector<Path> Pending;
  std::map<int, std::vector<std::shared_ptr<Checkpoint>>> Visited;
  std::vector<int> Globals;
  /// Precision tracking (privileged loaders only, like the kernel's).
  bool TrackPrecision = false;
  LinkedPool Linked;
  /// The instruction being executed and the path executing it: a branch
  /// pushed from it continues its history.
  HistoryEntry CurEntry;
  const Path *Current = nullptr;
  uint64_t Processed = 0;
  uint64_t PeakStates = 0;
  uint64_t StoredStates = 0;
};

} // namespace analysis
} // namespace verifiable

#endif

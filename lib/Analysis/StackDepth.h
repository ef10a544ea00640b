//===- StackDepth.h - Stack use per function and its limits -----*- C++ -*-===//
//
// Internal to lib/Analysis. Exploration records the deepest stack access of
// each function; after every path is verified, the call graph is checked
// against the kernel's stack limits (check_max_stack_depth()).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_STACKDEPTH_H
#define VERIFIABLE_LIB_ANALYSIS_STACKDEPTH_H

#include "verifiable/Analysis/VerifierState.h"

#include <cstdint>
#include <vector>

namespace verifiable {
namespace analysis {

struct TransferEnv;

class StackUse {
public:
  /// An access through stack pointer \p Ptr reached \p MinOff below its
  /// frame pointer.
  void note(const VerifierState &S, const RegState &Ptr, int64_t MinOff);
  /// The call graph's stacks within the kernel's limits; rejects otherwise.
  bool checkCallGraph(TransferEnv &E);
  /// The call instruction where checkCallGraph() stopped, -1 if none.
  int failedCall() const { return FailedCall; }

private:
  int depthOf(int Piece) const;

  /// Deepest stack access seen per function (index into Image.pieces()).
  std::vector<int> Depth;
  int FailedCall = -1;
};

} // namespace analysis
} // namespace verifiable

#endif

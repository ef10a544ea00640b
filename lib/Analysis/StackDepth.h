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
  /// Function \p Piece is called back by a helper on some path (the
  /// kernel's is_cb): bpf_throw may not run under it.
  void noteCallback(int Piece);
  /// \p Piece is called back asynchronously (a timer's callback): it runs
  /// on a stack of its own, a root of the call graph walk.
  void noteAsyncCallback(int Piece);
  /// The call graph's stacks within the kernel's limits, and no bpf_throw
  /// under a callback; rejects otherwise.
  bool checkCallGraph(TransferEnv &E);
  /// The rounded stack size of function \p Piece.
  int depthOf(int Piece) const;
  /// The call instruction where checkCallGraph() stopped, -1 if none.
  int failedCall() const { return FailedCall; }

private:
  /// Deepest stack access seen per function (index into Image.pieces()).
  std::vector<int> Depth;
  std::vector<bool> Callbacks;
  std::vector<bool> AsyncCallbacks;
  int FailedCall = -1;
};

} // namespace analysis
} // namespace verifiable

#endif

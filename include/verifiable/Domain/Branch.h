//===- Branch.h - Conditional jumps on scalars ----------------------------===//
//
// At a conditional jump on two scalars the Linux verifier first asks whether
// the outcome is already decided (is_branch_taken) and, when it is not,
// narrows both operands on each outgoing edge (reg_set_min_max). The engine
// uses these two functions to follow exactly the paths the kernel follows,
// with exactly the kernel's register states on them.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_DOMAIN_BRANCH_H
#define VERIFIABLE_DOMAIN_BRANCH_H

#include "verifiable/Domain/Scalar.h"

namespace verifiable {
namespace domain {

/// The BPF_JMP/BPF_JMP32 comparisons: unsigned (Gt...), signed (SGt...),
/// and Set, "L & R != 0".
enum class CmpOp { Eq, Ne, Gt, Ge, Lt, Le, SGt, SGe, SLt, SLe, Set };

enum class BranchOutcome { AlwaysTaken, NeverTaken, Unknown };

/// Whether "L op R" holds concretely, on the low 32 bits when Is32.
bool compareConcrete(CmpOp Op, bool Is32, uint64_t L, uint64_t R);

/// The comparison with its operands exchanged: L op R == R swapped(op) L.
CmpOp swapOperands(CmpOp Op);

/// The kernel's is_branch_taken for two scalars (is_scalar_branch_taken):
/// AlwaysTaken or NeverTaken only when every pair of members agrees.
BranchOutcome evaluateBranch(CmpOp Op, bool Is32, const Scalar &L,
                             const Scalar &R);

/// Narrows L and R to the pairs that take the branch (Taken) or fall through
/// (!Taken), as the kernel's regs_refine_cond_op followed by reg_bounds_sync
/// on both. Returns false when that outcome is impossible: the narrowed
/// operands are provably empty.
///
/// The kernel only narrows when evaluateBranch says Unknown, and then still
/// walks an edge that is actually impossible. On such an edge it resets the
/// ranges of a register that fails its invariant check (keeping the tnum);
/// L and R are left exactly so, for an engine that wants to walk the edge as
/// the kernel does. Passing the same object as L and R (a register compared
/// with itself) narrows it in place in the kernel's order.
bool refineBranch(CmpOp Op, bool Is32, bool Taken, Scalar &L, Scalar &R);

} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_DOMAIN_BRANCH_H

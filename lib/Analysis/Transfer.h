//===- Transfer.h - One transfer function per instruction family -*- C++
//-*-===//
//
// Internal to lib/Analysis. transfer() (Dispatch.cpp) sends each
// instruction to the function of its family; each family lives in its own
// file. A new family (kfunc calls, say) is a new file with one function of
// this shape and one case in Dispatch.cpp; the explorer does not change.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_TRANSFER_H
#define VERIFIABLE_LIB_ANALYSIS_TRANSFER_H

#include "Outcome.h"
#include "Path.h"

#include "verifiable/Program/Insn.h"

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// What instruction \p I does to path \p P (Dispatch.cpp).
Step transfer(TransferEnv &E, Path &P, const bpf::Insn &I);

// The families, one file each.
Step transferAlu(TransferEnv &E, Path &P, const bpf::Insn &I); // AluTransfer
Step transferPointerAlu(TransferEnv &E, Path &P,
                        const bpf::Insn &I); // PointerArithmetic
Step transferLoadStore(TransferEnv &E, Path &P,
                       const bpf::Insn &I); // MemoryAccess
Step transferAtomic(TransferEnv &E, Path &P,
                    const bpf::Insn &I); // AtomicTransfer
Step transferLdImm64(TransferEnv &E, Path &P, const bpf::Insn &I); // LdImm64
Step transferLegacyPacketLoad(TransferEnv &E, Path &P,
                              const bpf::Insn &I); // LegacyPacketLoad
Step transferBranch(TransferEnv &E, Path &P,
                    const bpf::Insn &I); // BranchTransfer
Step transferMayGoto(TransferEnv &E, Path &P,
                     const bpf::Insn &I); // MayGoto
Step transferPointerBranch(TransferEnv &E, Path &P,
                           const bpf::Insn &I);                 // PointerBranch
Step transferCall(TransferEnv &E, Path &P, const bpf::Insn &I); // CallTransfer
Step transferHelperCall(TransferEnv &E, Path &P,
                        const bpf::Insn &I);                    // HelperCall
Step transferExit(TransferEnv &E, Path &P, const bpf::Insn &I); // CallTransfer
Step transferPoisonedCall(TransferEnv &E, Path &P,
                          const bpf::Insn &I); // PoisonedRelocation

/// A helper call that runs a callback of the program before it returns
/// (bpf_loop, ...): a prune point where callback iterations converge.
bool callsBack(const bpf::Insn &I);
/// bpf_timer_set_callback(): queues its callback's own path
/// (AsyncCallbacks.cpp); a prune point.
bool queuesAsyncCallback(const bpf::Insn &I);

/// The per-instruction state dump of -verifiable-state-log (StateLog.cpp).
void logState(TransferEnv &E, const Path &P, const bpf::Insn &I);

} // namespace analysis
} // namespace verifiable

#endif

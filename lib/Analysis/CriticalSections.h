//===- CriticalSections.h - RCU and non-preemptible sections ----*- C++ -*-===//
//
// Internal to lib/Analysis. bpf_rcu_read_lock()/unlock() and
// bpf_preempt_disable()/enable() open and close sections the kernel tracks
// per path (active_rcu_lock, active_preempt_locks): no nesting of RCU
// sections, no unmatched closing, and none may still be open at the
// program's exit, a tail call or a legacy packet load
// (CriticalSections.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_CRITICALSECTIONS_H
#define VERIFIABLE_LIB_ANALYSIS_CRITICALSECTIONS_H

#include "verifiable/Analysis/VerifierState.h"

#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// Whether \p Name opens or closes a section.
bool isCriticalSectionKfunc(const std::string &Name);
/// The call of one of them, or of a sleepable kfunc inside a section;
/// false with a verdict.
bool updateCriticalSections(TransferEnv &E, VerifierState &S,
                            const std::string &Name, bool Sleepable);
/// \p Where ("BPF_EXIT instruction in main prog", "tail_call",
/// "BPF_LD_[ABS|IND]") may not happen inside a section (the kernel's
/// check_resource_leak()); false with a verdict.
bool checkNoCriticalSection(TransferEnv &E, const VerifierState &S,
                            const std::string &Where);
/// The main program's exit outside every section, in the words of the
/// profile's kernel; false with a verdict.
bool checkSectionsClosedAtExit(TransferEnv &E, const VerifierState &S);

} // namespace analysis
} // namespace verifiable

#endif

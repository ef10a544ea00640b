//===- Locks.h - bpf_spin_lock and the special fields of map values -*- C++
//-*-===//
//
// Internal to lib/Analysis. A map value may hold fields the kernel manages
// itself (a bpf_spin_lock, a bpf_timer, a bpf_wq, ...): programs may not
// touch their bytes (SpecialFields.cpp), program types that may not use
// such maps are refused before verification, and the lock is taken and
// released by bpf_spin_lock()/bpf_spin_unlock() with one lock held at a
// time and no calls inside (SpinLocks.cpp). The timer helpers check their
// timer the same way (Timers.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_LOCKS_H
#define VERIFIABLE_LIB_ANALYSIS_LOCKS_H

#include "verifiable/Analysis/VerifierState.h"
#include "verifiable/Program/Insn.h"

#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;
struct CallFacts;

/// The bytes [Lo, Hi) of map values of \p M (Lo from the pointer's smallest
/// offset, Hi from its largest) may not overlap a special field
/// (check_map_access()); false with a verdict.
bool checkSpecialFieldAccess(TransferEnv &E, const bpf::MapDef &M, int64_t Lo,
                             int64_t Hi);
/// The kptr field of \p M's value that the bytes [Lo, Hi) overlap, if any.
const bpf::KptrField *kptrFieldIn(const bpf::MapDef &M, int64_t Lo, int64_t Hi);
/// The special field of kind \p K that helper argument R<Regno> must point
/// at exactly (process_spin_lock(), process_timer_func()): a map value, at
/// a constant offset, the field's own. Null, with the verdict given, when
/// it does not; \p Expected names the register types the helper takes.
const bpf::SpecialField *specialFieldArg(TransferEnv &E, const RegState &R,
                                         int Regno, bpf::SpecialField::Kind K,
                                         const char *Expected);
/// Every map the program references (ld_imm64, in instruction order) is
/// one its program type may use (check_map_prog_compatibility()); false
/// with a verdict.
bool checkMapsAllowed(TransferEnv &E);

/// Whether \p R is a map value whose map holds a bpf_spin_lock: its id
/// names the lock, kept through NULL checks (reg_may_point_to_spin_lock()).
bool mayPointToSpinLock(const RegState &R);
/// The argument of bpf_spin_lock() (\p Lock) or bpf_spin_unlock(), and the
/// lock taken or released (process_spin_lock()); false with a verdict.
bool checkSpinLockArg(TransferEnv &E, VerifierState &S, int Regno, bool Lock);
/// Call \p I while a lock is held: only bpf_spin_unlock() among helpers and
/// kfuncs (global functions: GlobalFunctions.cpp); false with a verdict.
bool checkCallUnderLock(TransferEnv &E, const VerifierState &S,
                        const bpf::Insn &I);
/// \p Where ("BPF_EXIT instruction in main prog", "BPF_LD_[ABS|IND]") may
/// not happen with a lock held; false with a verdict.
bool checkNoLockHeld(TransferEnv &E, const VerifierState &S,
                     const std::string &Where);
/// An exit of the main program (\p MainProg) or, on kernels without
/// KernelFeature::StaticCallsUnderLock, of a subprogram, with no lock held;
/// in the words of the profile's kernel. False with a verdict.
bool checkLockReleasedAtExit(TransferEnv &E, const VerifierState &S,
                             bool MainProg);

/// The timer argument of the bpf_timer_* helpers (process_timer_func());
/// records the timer's map in \p Facts. False with a verdict.
bool checkTimerArg(TransferEnv &E, const RegState &R, int Regno,
                   CallFacts &Facts);

} // namespace analysis
} // namespace verifiable

#endif

//===- VerifierState.h - The whole abstract machine state -------*- C++ -*-===//
//
// One path's state: the call chain of frames (registers and stack each),
// and the references acquired and not yet released. This is what the
// explorer copies at branches and compares at prune points.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_ANALYSIS_VERIFIERSTATE_H
#define VERIFIABLE_ANALYSIS_VERIFIERSTATE_H

#include "verifiable/Analysis/RegState.h"
#include "verifiable/Analysis/StackState.h"

#include <array>
#include <bitset>
#include <vector>

namespace verifiable {
namespace analysis {

constexpr int NumRegs = 11;
constexpr int FramePointer = 10;
using model::MaxCallFrames;

struct FrameState {
  std::array<RegState, NumRegs> Regs;
  StackState Stack;
  /// Function index in the program image, and the caller's return address.
  int Function = 0;
  int CallSite = -1;
  /// A callback called by a helper (bpf_loop, ...): its exit returns to the
  /// helper call, which may call it again.
  bool InCallback = false;
  /// An asynchronous callback's own frame (bpf_timer_set_callback; the
  /// kernel's in_async_callback_fn): its exit must return 0.
  bool AsyncCallback = false;
  /// How often the callback called from this frame was entered on this
  /// path (the kernel's callback_depth): bpf_loop() calls it again only
  /// while this is below its iteration count.
  uint32_t CallbackIterations = 0;

  bool operator==(const FrameState &O) const;
};

struct Reference {
  uint32_t Id = 0;
  int AcquiredAt = -1; ///< Linear instruction index of the acquiring call.
  bool operator==(const Reference &O) const {
    return Id == O.Id && AcquiredAt == O.AcquiredAt;
  }
};

struct VerifierState {
  std::vector<FrameState> Frames;
  std::vector<Reference> Refs;
  /// Callback calls on this path (the kernel's callback_unroll_depth): two
  /// iterations of a callback are never the same state for loop detection.
  uint32_t CallbackDepth = 0;
  /// may_goto loop iterations on this path (the kernel's may_goto_depth):
  /// states that differ only in it are not an infinite loop, and one covered
  /// by an earlier iteration's state ends the loop.
  uint32_t MayGotoDepth = 0;
  /// Inside bpf_rcu_read_lock() (active_rcu_lock), and how many
  /// bpf_preempt_disable() calls are not yet matched (active_preempt_locks).
  bool RcuLock = false;
  uint32_t PreemptLocks = 0;
  /// The bpf_spin_lock held (active_lock): the map whose value holds it
  /// (nullptr: none held) and the id of the map value pointer it was taken
  /// through (0 for values with one address, like global data).
  const bpf::MapDef *LockMap = nullptr;
  uint32_t LockId = 0;
  /// The lock held is a bpf_res_spin_lock (ResilientLocks.cpp).
  bool LockRes = false;

  bool holdsLock() const { return LockMap != nullptr; }

  FrameState &cur() { return Frames.back(); }
  const FrameState &cur() const { return Frames.back(); }
  RegState &reg(int R) { return cur().Regs[R]; }
  const RegState &reg(int R) const { return cur().Regs[R]; }

  bool operator==(const VerifierState &O) const;
};

/// The registers and 8-byte stack slots of the innermost frame whose values
/// can still matter at an instruction (the kernel's liveness and precision
/// marks, approximated statically; see lib/Analysis/Relevance.h).
struct RelevantSet {
  uint16_t Regs = 0;     ///< Bit R: register R.
  std::bitset<64> Slots; ///< Bit S: stack slot S (fp-8*(S+1)).
  bool reg(int R) const { return Regs >> R & 1; }
  bool operator==(const RelevantSet &O) const {
    return Regs == O.Regs && Slots == O.Slots;
  }
};

/// The kernel's states_equal(): true when everything \p Cur can do from
/// here was already shown safe by \p Old (Old subsumes Cur). With \p Top,
/// scalars of the innermost frame that no longer matter may differ; for
/// \p Privileged loaders so may whole stack slots that no longer matter,
/// and misc data covers uninitialised stack (both read as a scalar). With
/// \p Precise (per frame), so may scalars, in registers or spilled, that
/// it does not name: no verified path from \p Old depended on them.
bool subsumes(const VerifierState &Old, const VerifierState &Cur,
              const RelevantSet *Top = nullptr, bool Privileged = false,
              const std::vector<RelevantSet> *Precise = nullptr);

} // namespace analysis
} // namespace verifiable

#endif

//===- Precision.h - Which scalars a verified path depended on --*- C++ -*-===//
//
// Internal to lib/Analysis. The kernel compares, when pruning, only the
// scalars a verified path's outcome depended on: those that decided a
// branch, offset a pointer, sized or were passed to a call, or were the
// checked return value, and every scalar they were computed from along the
// path. It finds them after the fact: at such a use it walks the path's
// instructions backwards (backtrack_insn()) and marks the sources
// "precise" in the checkpoints it passes (mark_chain_precision()); a path
// pruned by a checkpoint inherits that checkpoint's marks
// (propagate_precision()).
//
// Here the explorer records one HistoryEntry per executed instruction with
// what the walk needs that the instruction alone does not say (its frame,
// the stack slots it accessed, the scalars linked to a branch's operands),
// and the functions below say what an instruction depended on and walk an
// entry backwards. Whatever the walk cannot follow exactly (a callback's
// frames, an atomic on the stack, a variable-offset stack read) makes the
// explorer treat every scalar of the path's checkpoints as precise, which is
// always sound.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_PRECISION_H
#define VERIFIABLE_LIB_ANALYSIS_PRECISION_H

#include "ProgramImage.h"

#include "verifiable/Analysis/VerifierState.h"

#include <cstdint>
#include <vector>

namespace verifiable {
namespace analysis {

/// Registers and stack slots per frame (index: the frame's depth).
struct FrameSets {
  std::vector<RelevantSet> Frames;

  bool empty() const;
  RelevantSet &at(int Frame);
  bool hasReg(int Frame, int R) const;
  bool hasSlot(int Frame, int Slot) const;
  void addReg(int Frame, int R) { at(Frame).Regs |= uint16_t(1u << R); }
  void addSlot(int Frame, int Slot) {
    if (Slot >= 0 && Slot < 64)
      at(Frame).Slots.set(Slot);
  }
  void clearReg(int Frame, int R);
  void clearSlot(int Frame, int Slot);
};

/// A stack location: a register or a spilled slot of one frame.
struct ScalarLoc {
  int8_t Frame = 0;
  int8_t Index = 0; ///< Register number, or slot when IsSlot.
  bool IsSlot = false;
};

/// One executed instruction, as backtracking needs it.
struct HistoryEntry {
  int Pc = 0;
  int8_t Frame = 0; ///< The frame it executed in.
  /// A load or store through a stack pointer with a known offset: the
  /// frame whose stack it touched and its lowest and highest slot.
  int8_t StackFrame = -1;
  int8_t SlotLo = 0, SlotHi = -1;
  /// A load or store through a stack pointer with a variable offset.
  bool StackVarOff = false;
  /// Conditional jumps: index + 1 of the scalars linked to the operands in
  /// the explorer's pool (0: none).
  uint32_t Linked = 0;
};

/// What the explorer keeps per exploration for backtracking.
struct LinkedPool {
  std::vector<std::vector<ScalarLoc>> Lists;
  void clear() { Lists.clear(); }
};

/// The entry for executing \p Pc in \p S (before it executes).
HistoryEntry recordEntry(const ProgramImage &Image, int Pc,
                         const VerifierState &S, LinkedPool &Pool);

/// What executing \p Pc from \p Before depends on, in \p Before's
/// registers and slots, if a conditional jump follows one side only and a
/// call does not enter its callee on this path (the explorer drops the
/// demand otherwise).
FrameSets demandsOf(const ProgramImage &Image, int Pc,
                    const VerifierState &Before);

/// Walks \p H backwards: \p Need holds what must be precise after the
/// instruction and then what must be precise before it; \p CurFrame is
/// the frame after it and then before it. False: the walk cannot follow
/// this instruction exactly.
bool backtrackEntry(const ProgramImage &Image, const HistoryEntry &H,
                    const LinkedPool &Pool, FrameSets &Need, int &CurFrame);

/// Marks \p Need in a checkpoint's state: scalars not yet in \p Precise
/// are added to it and stay in \p Need (their sources must be marked
/// further up); those already precise or not scalars leave \p Need.
void markInCheckpoint(const VerifierState &S, FrameSets &Precise,
                      FrameSets &Need);

/// The scalars of \p Old that \p Precise marks (all of them with \p All),
/// restricted to the innermost frame's \p Live ones, as locations in a
/// state of the same shape.
FrameSets preciseScalars(const VerifierState &Old, const FrameSets *Precise,
                         const RelevantSet &Live);

/// Scalars of \p Cur, in registers or spilled, that differ from the same
/// place in \p Before become unknown, except those \p Keep names (the
/// kernel's widen_imprecise_scalars()). \p CompareIds: a scalar whose id
/// differs counts as changed; otherwise only its value does.
void widenChangedScalars(const VerifierState &Before, VerifierState &Cur,
                         const FrameSets &Keep, bool CompareIds);

} // namespace analysis
} // namespace verifiable

#endif

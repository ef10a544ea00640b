//===- StateWalk.h - Visit every register of a state ------------*- C++ -*-===//
//
// Internal to lib/Analysis. Facts learned about one value (a NULL check, a
// packet range, a released reference) apply to every copy of it: in the
// registers of every frame and in every spilled stack slot. This is the one
// walk over all of them, like the kernel's bpf_for_each_reg_in_vstate().
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_STATEWALK_H
#define VERIFIABLE_LIB_ANALYSIS_STATEWALK_H

#include "verifiable/Analysis/VerifierState.h"

namespace verifiable {
namespace analysis {

template <typename Fn> void forEachReg(VerifierState &S, Fn F) {
  for (FrameState &Frame : S.Frames) {
    for (RegState &R : Frame.Regs)
      F(R);
    for (int I = 0; I < Frame.Stack.numSlots(); ++I) {
      StackSlot &SS = Frame.Stack.slotForWrite(I);
      if (SS.isSpill())
        F(SS.Spilled);
    }
  }
}

} // namespace analysis
} // namespace verifiable

#endif

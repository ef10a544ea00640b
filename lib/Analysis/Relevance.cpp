//===- Relevance.cpp - Backward analysis of relevant registers and slots --===//
//
// A standard backward may-analysis, iterated to a fixpoint per function:
// uses add to the set, definitions remove from it. Anything the analysis
// cannot see through (a load or store through a pointer that may point into
// a stack other than by the frame pointer, a helper or subprogram that may
// read the stack) is treated as relevant. A scalar stored through a pointer
// that cannot point into a stack (StackPointers.h) is never read back as
// itself, so it is not relevant for the store.
//
//===----------------------------------------------------------------------===//
#include "Relevance.h"
#include "StackPointers.h"

using namespace verifiable;
using namespace verifiable::analysis;

namespace {
constexpr uint16_t AllRegs = 0x7ff;
constexpr uint16_t ArgRegs = 0x3e;     // R1-R5
constexpr uint16_t CallerSaved = 0x3f; // R0-R5

uint16_t bit(int R) { return static_cast<uint16_t>(1u << R); }

/// The stack slot an access through the frame pointer touches, -1 if none.
int frameSlot(const bpf::Insn &I, int Base) {
  if (Base != 10 || I.Off >= 0 || I.Off < -512)
    return -1;
  return (-I.Off - 1) / 8;
}

/// IN = f(OUT) for one instruction; \p BaseMayBeStack: the base register
/// of a load or store may point into a stack.
RelevantSet transfer(const bpf::Insn &I, RelevantSet Out, bool ExitR0,
                     bool BaseMayBeStack) {
  RelevantSet In = Out;
  if (I.isAlu()) {
    bool Mov = I.op() == bpf::BPF_MOV;
    bool DstLive = Out.reg(I.Dst);
    In.Regs &= ~bit(I.Dst);
    if (DstLive) {
      if (!Mov)
        In.Regs |= bit(I.Dst);
      if (I.usesSrcReg() && I.op() != bpf::BPF_END && I.op() != bpf::BPF_NEG)
        In.Regs |= bit(I.Src);
    }
    return In;
  }
  if (I.isLdImm64()) {
    In.Regs &= ~bit(I.Dst);
    return In;
  }
  switch (I.cls()) {
  case bpf::BPF_LDX: {
    bool DstLive = Out.reg(I.Dst);
    In.Regs &= ~bit(I.Dst);
    In.Regs |= bit(I.Src);
    int Slot = frameSlot(I, I.Src);
    if (DstLive) {
      if (Slot >= 0)
        In.Slots.set(Slot);
      else if (I.Src != 10 && BaseMayBeStack)
        In.Slots.set(); // may read any stack slot
    }
    return In;
  }
  case bpf::BPF_ST:
  case bpf::BPF_STX: {
    In.Regs |= bit(I.Dst);
    int Slot = frameSlot(I, I.Dst);
    bool Atomic = I.mode() == bpf::BPF_ATOMIC;
    if (Atomic) {
      // Read-modify-write, possibly fetching into a register.
      In.Regs |= bit(I.Src) | bit(0);
      if (Slot >= 0)
        In.Slots.set(Slot);
      return In;
    }
    bool ValueMatters =
        Slot < 0 ? I.Dst == 10 || BaseMayBeStack : Out.Slots.test(Slot);
    if (Slot >= 0 && I.accessBytes() == 8)
      In.Slots.reset(Slot); // the slot is overwritten
    if (I.cls() == bpf::BPF_STX && ValueMatters)
      In.Regs |= bit(I.Src);
    if (Slot >= 0 && I.accessBytes() < 8 && Out.Slots.test(Slot))
      In.Slots.set(Slot);
    return In;
  }
  case bpf::BPF_LD:
    In.Regs = AllRegs;
    In.Slots.set();
    return In;
  default:
    break;
  }
  if (I.isCall()) {
    // Helpers and subprograms read R1-R5 and may read the stack through
    // them; R0-R5 are clobbered.
    In.Regs &= ~CallerSaved;
    In.Regs |= ArgRegs;
    In.Slots.set();
    return In;
  }
  if (I.isExit()) {
    In.Regs = ExitR0 ? bit(0) : 0;
    In.Slots.reset();
    return In;
  }
  if (I.isCondJmp() && I.op() != bpf::BPF_JCOND) { // may_goto reads none
    In.Regs |= bit(I.Dst);
    if (I.usesSrcReg())
      In.Regs |= bit(I.Src);
  }
  return In;
}
} // namespace

Relevance::Relevance(const ProgramImage &Image, bool EntryReturnChecked)
    : In(Image.size()) {
  StackPointers Stack(Image);
  const std::vector<ProgramImage::Piece> &Pieces = Image.pieces();
  for (size_t Piece = 0; Piece < Pieces.size(); ++Piece) {
    int Begin = Pieces[Piece].Start;
    int End = Image.endOf(static_cast<int>(Piece));
    // R0 at a return matters when the caller uses it (static subprograms,
    // conservatively always) or the program type checks it.
    bool ExitR0 = Piece == 0 ? EntryReturnChecked : !Pieces[Piece].F->IsGlobal;
    bool Changed = true;
    while (Changed) {
      Changed = false;
      for (int Pc = End - 1; Pc >= Begin; --Pc) {
        const bpf::Insn &I = Image.insn(Pc);
        if (I.IsSecondHalf)
          continue;
        RelevantSet Out;
        int S[2];
        int N = successorsOf(Image, Pc, S);
        for (int K = 0; K < N; ++K) {
          if (S[K] < Begin || S[K] >= End) {
            Out.Regs = AllRegs; // leaves the function: be conservative
            Out.Slots.set();
            continue;
          }
          Out.Regs |= In[S[K]].Regs;
          Out.Slots |= In[S[K]].Slots;
        }
        int Base = I.cls() == bpf::BPF_LDX ? I.Src : I.Dst;
        RelevantSet New =
            transfer(I, Out, ExitR0, Stack.mayPointToStack(Pc, Base));
        // Monotone: only ever grow, so the iteration terminates.
        New.Regs |= In[Pc].Regs;
        New.Slots |= In[Pc].Slots;
        if (!(New == In[Pc])) {
          In[Pc] = New;
          Changed = true;
        }
      }
    }
  }
}

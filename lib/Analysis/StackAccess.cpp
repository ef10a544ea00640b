//===- StackAccess.cpp - Reads and writes of the BPF stack ----------------===//
//
// The stack is where C locals live, so it is where most register spills and
// uninitialised reads happen. Mirrors the kernel's fixed-offset stack rules:
// bounds [-512, 0), strict alignment, an aligned store of a register (8
// bytes, or a narrower scalar) keeps that register's full state, a
// matching load restores it, other stores make bytes unknown or zero.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

using namespace verifiable;
using namespace verifiable::analysis;

static constexpr int64_t MaxVarOff = 1 << 29;

static void writeStack(StackState &Stack, int Off, unsigned Size,
                       const RegState *Value, bool ImmZero,
                       std::optional<int64_t> Imm) {
  int Slot = StackState::slotIndex(Off);
  StackSlot &SS = Stack.slotForWrite(Slot);
  bool Aligned = Off % 8 == 0;
  bool SpillScalar = Value && Aligned && Value->isScalar();
  bool SpillImm = !Value && Aligned && Imm.has_value();
  bool SpillPointer = Value && Value->isPointer() && Size == 8 && Aligned;
  if (SpillScalar || SpillImm || SpillPointer) {
    SS.Spilled = Value ? *Value : RegState::constant(*Imm);
    if (Size < 8 && SS.Spilled.isScalar() &&
        (SS.Spilled.Var.UMax >> 1 >> (8 * Size - 1)) != 0) {
      // A narrowing spill keeps only the bits that fit, and no longer
      // equals the register it came from.
      SS.Spilled.Var.truncate(Size);
      SS.Spilled.unlink();
    }
    for (int I = 0; I < 8; ++I)
      SS.Kind[I] =
          I >= 8 - static_cast<int>(Size) ? SlotKind::Spill : SlotKind::Misc;
    return;
  }
  // A plain write: any spilled register in the slot is gone.
  if (SS.isSpill() || SS.Kind[7] == SlotKind::Spill)
    for (SlotKind &K : SS.Kind)
      if (K == SlotKind::Spill)
        K = SlotKind::Misc;
  SS.Spilled = RegState();
  SlotKind NewKind = ((Value && Value->isKnownZero()) || ImmZero)
                         ? SlotKind::Zero
                         : SlotKind::Misc;
  for (unsigned I = 0; I < Size; ++I) {
    int ByteOff = Off + static_cast<int>(I);
    Stack.slotForWrite(StackState::slotIndex(ByteOff))
        .Kind[StackState::byteIndex(ByteOff)] = NewKind;
  }
}

bool Engine::checkStackAccess(Path &P, const RegState &Ptr, int Regno, int Off,
                              unsigned Size, bool IsWrite, int ValueReg,
                              RegState *Loaded, const char *What) {
  std::string R = "R" + std::to_string(Regno);
  // The kernel always checks stack alignment strictly: spills rely on it.
  if (!checkStrictAlignment(Ptr, Off - Ptr.Off, Size))
    return false;
  if (!Ptr.Var.isConst())
    return checkVarOffStackAccess(P, Ptr, Regno, Off, Size, IsWrite, ValueReg,
                                  Loaded, What);
  Off += static_cast<int>(Ptr.Var.constValue());
  if (Off < -MaxStackBytes || Off + static_cast<int>(Size) > 0)
    return reject(std::string("invalid") + What + " stack " + R + " off=" +
                  std::to_string(Off) + " size=" + std::to_string(Size));
  if (Ptr.Frame >= P.State.Frames.size())
    return unknown("stack pointer into a frame that returned");
  noteStackUse(P.State, Ptr, Off);
  StackState &Stack = P.State.Frames[Ptr.Frame].Stack;

  if (IsWrite) {
    const bpf::Insn &I = Image.insn(P.Pc);
    const RegState *Value = ValueReg >= 0 ? &P.State.reg(ValueReg) : nullptr;
    bool IsSt = I.cls() == bpf::BPF_ST;
    if (Value && Value->isPointer() && (Size != 8 || Off % 8))
      return reject("invalid size of register spill");
    if (Value && Value->isScalar() && Off % 8 == 0 && Opts.Privileged &&
        !Value->Id && !Value->Var.isConst() &&
        (Value->Var.UMax >> 1 >> (8 * Size - 1)) == 0) {
      // Like a register copy: the spill and the register share an id, so a
      // bounds check on either refines both.
      P.State.reg(ValueReg).Id = newId();
    }
    writeStack(Stack, Off, Size, Value, IsSt && I.Imm == 0,
               IsSt ? std::optional<int64_t>(I.Imm) : std::nullopt);
    return true;
  }

  const StackSlot *SS = Stack.slot(StackState::slotIndex(Off));
  if (SS && SS->isSpill()) {
    int SpillSize = 0;
    for (int I = 7; I >= 0 && SS->Kind[I] == SlotKind::Spill; --I)
      ++SpillSize;
    if (Size == 8 || (Off % 8 == 0 && static_cast<int>(Size) == SpillSize)) {
      if (Loaded)
        *Loaded = SS->Spilled;
      return true;
    }
    if (SS->Spilled.isPointer())
      return reject("invalid size of register fill");
  }
  unsigned Zeros = 0;
  for (unsigned I = 0; I < Size; ++I) {
    SlotKind K = Stack.kindAt(Off + static_cast<int>(I));
    if (K == SlotKind::Zero)
      ++Zeros;
    if (K == SlotKind::Invalid && !Opts.Privileged)
      return reject("invalid read from stack off " + std::to_string(Off) + "+" +
                    std::to_string(I) + " size " + std::to_string(Size));
  }
  if (Loaded)
    *Loaded = Zeros == Size ? RegState::constant(0) : RegState::unknownScalar();
  return true;
}

bool Engine::checkStackRange(const RegState &Ptr, int Regno, int Off,
                             uint64_t Size, const char *What, int64_t &MinOff,
                             int64_t &MaxOff) {
  const domain::Scalar &V = Ptr.Var;
  std::string R = "R" + std::to_string(Regno);
  if (V.SMax >= MaxVarOff || V.SMin <= -MaxVarOff)
    return reject(std::string("invalid unbounded variable-offset") + What +
                  " stack " + R);
  MinOff = V.SMin + Off;
  MaxOff = V.SMax + Off + static_cast<int64_t>(Size);
  if (MinOff < -MaxStackBytes || MaxOff > 0)
    return reject(std::string("invalid variable-offset") + What + " stack " +
                  R + " var_off=" + V.Var.str() + " off=" +
                  std::to_string(Off) + " size=" + std::to_string(Size));
  return true;
}

void Engine::writeStackRange(StackState &Stack, int64_t MinOff, int64_t MaxOff,
                             bool WritingZero) {
  // The kernel's check_stack_write_var_off(): every byte that may be
  // written holds unknown data afterwards (zero stays zero when writing
  // zero), and any spilled register it touches is gone.
  for (int64_t B = MinOff; B < MaxOff; ++B) {
    StackSlot &SS = Stack.slotForWrite(StackState::slotIndex(B));
    if (SS.isSpill()) {
      if (WritingZero && SS.Spilled.isKnownZero())
        continue;
      for (SlotKind &K : SS.Kind)
        if (K == SlotKind::Spill)
          K = SlotKind::Misc;
      SS.Spilled = RegState();
    }
    SlotKind &K = SS.Kind[StackState::byteIndex(B)];
    K = WritingZero && K == SlotKind::Zero ? SlotKind::Zero : SlotKind::Misc;
  }
}

bool Engine::checkVarOffStackAccess(Path &P, const RegState &Ptr, int Regno,
                                    int Off, unsigned Size, bool IsWrite,
                                    int ValueReg, RegState *Loaded,
                                    const char *What) {
  int64_t MinOff, MaxOff;
  if (!checkStackRange(Ptr, Regno, Off, Size, What, MinOff, MaxOff))
    return false;
  if (Ptr.Frame >= P.State.Frames.size())
    return unknown("stack pointer into a frame that returned");
  if (!Opts.Privileged)
    return unknown("variable-offset stack access by an unprivileged loader "
                   "is not modelled");
  noteStackUse(P.State, Ptr, MinOff);
  StackState &Stack = P.State.Frames[Ptr.Frame].Stack;
  if (IsWrite) {
    const bpf::Insn &I = Image.insn(P.Pc);
    bool WritingZero = ValueReg >= 0 ? P.State.reg(ValueReg).isKnownZero()
                                     : I.cls() == bpf::BPF_ST && I.Imm == 0;
    writeStackRange(Stack, MinOff, MaxOff, WritingZero);
    return true;
  }
  bool AllZero = true;
  for (int64_t B = MinOff; B < MaxOff && AllZero; ++B)
    AllZero = Stack.kindAt(static_cast<int>(B)) == SlotKind::Zero;
  if (Loaded)
    *Loaded = AllZero ? RegState::constant(0) : RegState::unknownScalar();
  return true;
}

//===- StackAccess.cpp - Reads and writes of the BPF stack ----------------===//
//
// The stack is where C locals live, so it is where most register spills and
// uninitialised reads happen. Mirrors the kernel's fixed-offset stack rules:
// bounds [-512, 0), strict alignment, an aligned store of a register (8
// bytes, or a narrower scalar) keeps that register's full state, a
// matching load restores it, other stores make bytes unknown or zero.
//
//===----------------------------------------------------------------------===//
#include "DynptrKfuncs.h"
#include "Dynptrs.h"
#include "MemAccess.h"
#include "StackDepth.h"
#include "TransferEnv.h"

#include "verifiable/Model/KernelLimits.h"

using namespace verifiable;
using namespace verifiable::analysis;

using model::MaxVarOff;

/// A store into an iterator's slot leaves unknown data there (the kernel's
/// scrub_special_slot()); the iterator's reference stays held.
static void scrubIter(StackSlot &SS) {
  if (!SS.isIter())
    return;
  for (SlotKind &K : SS.Kind)
    K = SlotKind::Misc;
  SS.Iter = IterSlot();
}

/// Pointers a store spills as themselves (the kernel's
/// is_spillable_regtype()): all but a user ring buffer callback's dynptr,
/// whose store is plain data.
static bool isSpillablePointer(const RegState *Value) {
  return Value && Value->isPointer() && Value->Type != RegType::ConstDynptr;
}

static void writeStack(StackState &Stack, int Off, unsigned Size,
                       const RegState *Value, bool ImmZero,
                       std::optional<int64_t> Imm) {
  int Slot = StackState::slotIndex(Off);
  StackSlot &SS = Stack.slotForWrite(Slot);
  scrubIter(SS);
  bool Aligned = Off % 8 == 0;
  bool SpillScalar = Value && Aligned && Value->isScalar();
  bool SpillImm = !Value && Aligned && Imm.has_value();
  bool SpillPointer = isSpillablePointer(Value) && Size == 8 && Aligned;
  if (SpillScalar || SpillImm || SpillPointer) {
    SS.Spilled = Value ? *Value : RegState::constant(*Imm);
    if (Size < 8 && SS.Spilled.isScalar() &&
        (SS.Spilled.Var.UMax >> 1 >> (8 * Size - 1)) != 0) {
      // A narrowing spill keeps only the bits that fit, and no longer
      // equals the register it came from.
      SS.Spilled.Var.truncate(Size);
      SS.Spilled.unlink();
    }
    // The spilled bytes; the rest of the slot keeps zero and uninitialised
    // bytes as they are (the kernel's mark_stack_slot_misc()).
    for (int I = 0; I < 8; ++I) {
      SlotKind &K = SS.Kind[I];
      if (I >= 8 - static_cast<int>(Size))
        K = SlotKind::Spill;
      else if (K != SlotKind::Zero && K != SlotKind::Invalid)
        K = SlotKind::Misc;
    }
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

/// A read of \p Size bytes at \p Off, in a slot holding a spilled scalar of
/// \p SpillSize bytes, that is not a whole 8-byte fill (the kernel's
/// check_stack_read_fixed_off()): from the spill's first byte and within
/// it, the register comes back (the load then narrows it); otherwise the
/// bytes are read one by one, and spilled zeros stay zeros.
static bool fillFromSpill(TransferEnv &E, const StackState &Stack,
                          const StackSlot &SS, int Off, unsigned Size,
                          int SpillSize, RegState &Loaded) {
  if (static_cast<int>(Size) <= SpillSize && Off % 8 == 0) {
    Loaded = SS.Spilled;
    // Narrower than the value: no longer the same number as its copies.
    if (Size < 8 && (Loaded.Var.UMax >> 1 >> (8 * Size - 1)) != 0)
      Loaded.unlink();
    return true;
  }
  unsigned Spills = 0, Zeros = 0;
  for (unsigned I = 0; I < Size; ++I) {
    SlotKind K = Stack.kindAt(Off + static_cast<int>(I));
    if (K == SlotKind::Spill)
      ++Spills;
    else if (K == SlotKind::Zero)
      ++Zeros;
    else if (K != SlotKind::Misc && !(K == SlotKind::Invalid && E.privileged()))
      return E.reject("invalid read from stack off " + std::to_string(Off) +
                      "+" + std::to_string(I) + " size " +
                      std::to_string(Size));
  }
  bool SpilledZero = Spills == Size && SS.Spilled.isKnownZero();
  Loaded = SpilledZero || Zeros == Size ? RegState::constant(0)
                                        : RegState::unknownScalar();
  return true;
}

static bool checkVarOffStackAccess(TransferEnv &E, Path &P, const RegState &Ptr,
                                   const MemAccess &A, const char *What) {
  int64_t MinOff, MaxOff;
  if (!checkStackRange(E, Ptr, A, What, MinOff, MaxOff))
    return false;
  if (Ptr.Frame >= P.State.Frames.size())
    return E.unknown("stack pointer into a frame that returned");
  if (!E.privileged())
    return E.unknown("variable-offset stack access by an unprivileged loader "
                     "is not modelled");
  E.Stack.note(P.State, Ptr, MinOff);
  StackState &Stack = P.State.Frames[Ptr.Frame].Stack;
  if (A.IsWrite) {
    const bpf::Insn &I = E.Image.insn(P.Pc);
    bool WritingZero = A.ValueReg >= 0 ? P.State.reg(A.ValueReg).isKnownZero()
                                       : I.cls() == bpf::BPF_ST && I.Imm == 0;
    for (int Slot = StackState::slotIndex(static_cast<int>(MaxOff - 1));
         Slot <= StackState::slotIndex(static_cast<int>(MinOff)); ++Slot)
      if (!destroyDynptrForWrite(E, P.State, Stack, Slot))
        return false;
    if (!writeSliceBuffers(E, P.State, Ptr.Frame, MinOff, MaxOff, false))
      return false;
    writeStackRange(Stack, MinOff, MaxOff, WritingZero);
    return true;
  }
  bool AllZero = true;
  for (int64_t B = MinOff; B < MaxOff; ++B) {
    SlotKind K = Stack.kindAt(static_cast<int>(B));
    if (K == SlotKind::Iter || K == SlotKind::Dynptr)
      return E.unknown("a variable-offset read of an iterator or a dynptr");
    AllZero &= K == SlotKind::Zero;
  }
  if (A.Loaded)
    *A.Loaded = AllZero ? RegState::constant(0) : RegState::unknownScalar();
  return true;
}

bool analysis::checkStackAccess(TransferEnv &E, Path &P, const RegState &Ptr,
                                const MemAccess &A, const char *What) {
  std::string R = regName(A.Regno);
  int Off = A.Off;
  unsigned Size = static_cast<unsigned>(A.Size);
  // The kernel always checks stack alignment strictly: spills rely on it.
  if (!checkStrictAlignment(E, Ptr, Off - Ptr.Off, Size))
    return false;
  if (!Ptr.Var.isConst())
    return checkVarOffStackAccess(E, P, Ptr, A, What);
  Off += static_cast<int>(Ptr.Var.constValue());
  if (Off < -MaxStackBytes || Off + static_cast<int>(Size) > 0)
    return E.reject(std::string("invalid") + What + " stack " + R + " off=" +
                    std::to_string(Off) + " size=" + std::to_string(Size));
  if (Ptr.Frame >= P.State.Frames.size())
    return E.unknown("stack pointer into a frame that returned");
  E.Stack.note(P.State, Ptr, Off);
  StackState &Stack = P.State.Frames[Ptr.Frame].Stack;

  if (A.IsWrite) {
    const bpf::Insn &I = E.Image.insn(P.Pc);
    const RegState *Value =
        A.ValueReg >= 0 ? &P.State.reg(A.ValueReg) : nullptr;
    bool IsSt = I.cls() == bpf::BPF_ST;
    if (isSpillablePointer(Value) && (Size != 8 || Off % 8))
      return E.reject("invalid size of register spill");
    if (!destroyDynptrForWrite(E, P.State, Stack, StackState::slotIndex(Off)) ||
        !writeSliceBuffers(E, P.State, Ptr.Frame, Off,
                           Off + static_cast<int>(Size), true))
      return false;
    if (Value && Value->isScalar() && Off % 8 == 0 && E.privileged() &&
        !Value->Id && !Value->Var.isConst() &&
        (Value->Var.UMax >> 1 >> (8 * Size - 1)) == 0) {
      // Like a register copy: the spill and the register share an id, so a
      // bounds check on either refines both.
      P.State.reg(A.ValueReg).Id = E.newId();
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
    if (Size == 8 && SpillSize == 8) {
      if (A.Loaded)
        *A.Loaded = SS->Spilled;
      return true;
    }
    if (SS->Spilled.isPointer())
      return E.reject("invalid size of register fill");
    if (!A.Loaded)
      return true;
    return fillFromSpill(E, Stack, *SS, Off, Size, SpillSize, *A.Loaded);
  }
  unsigned Zeros = 0;
  for (unsigned I = 0; I < Size; ++I) {
    SlotKind K = Stack.kindAt(Off + static_cast<int>(I));
    if (K == SlotKind::Zero)
      ++Zeros;
    if ((K == SlotKind::Invalid && !E.privileged()) || K == SlotKind::Iter ||
        K == SlotKind::Dynptr)
      return E.reject("invalid read from stack off " + std::to_string(Off) +
                      "+" + std::to_string(I) + " size " +
                      std::to_string(Size));
  }
  if (A.Loaded)
    *A.Loaded =
        Zeros == Size ? RegState::constant(0) : RegState::unknownScalar();
  return true;
}

bool analysis::checkStackRange(TransferEnv &E, const RegState &Ptr,
                               const MemAccess &A, const char *What,
                               int64_t &MinOff, int64_t &MaxOff) {
  const domain::Scalar &V = Ptr.Var;
  std::string R = regName(A.Regno);
  int Off = A.Off;
  uint64_t Size = A.Size;
  if (V.SMax >= MaxVarOff || V.SMin <= -MaxVarOff)
    return E.reject(std::string("invalid unbounded variable-offset") + What +
                    " stack " + R);
  MinOff = V.SMin + Off;
  MaxOff = V.SMax + Off + static_cast<int64_t>(Size);
  if (MinOff < -MaxStackBytes || MaxOff > 0)
    return E.reject(std::string("invalid variable-offset") + What + " stack " +
                    R + " var_off=" + V.Var.str() + " off=" +
                    std::to_string(Off) + " size=" + std::to_string(Size));
  return true;
}

void analysis::writeStackRange(StackState &Stack, int64_t MinOff,
                               int64_t MaxOff, bool WritingZero) {
  // The kernel's check_stack_write_var_off(): every byte that may be
  // written holds unknown data afterwards (zero stays zero when writing
  // zero), and any spilled register it touches is gone.
  for (int64_t B = MinOff; B < MaxOff; ++B) {
    StackSlot &SS = Stack.slotForWrite(StackState::slotIndex(B));
    scrubIter(SS);
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

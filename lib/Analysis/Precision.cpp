//===- Precision.cpp - Backtracking what a path's outcome depended on -----===//
//
// The instruction-level half of precision tracking (see Precision.h): what
// an instruction's verification depended on, and how a set of registers
// and slots that must be precise after an instruction maps to the set
// before it (the kernel's backtrack_insn()). The explorer owns the history
// and the checkpoints.
//
//===----------------------------------------------------------------------===//
#include "Precision.h"
#include "Transfer.h"

#include "verifiable/Model/Helpers.h"

using namespace verifiable;
using namespace verifiable::analysis;

namespace {
constexpr uint16_t ArgRegs = 0x3e; // R1-R5
constexpr int MaxSlots = 64;

/// The slots that bytes [Off, Off + Size) of a frame touch, lowest first;
/// false when they are not all inside the frame.
bool slotsOf(int64_t Off, int64_t Size, int &Lo, int &Hi) {
  int64_t Last = Off + Size - 1;
  if (Off < -8 * MaxSlots || Last >= 0)
    return false;
  Lo = StackState::slotIndex(static_cast<int>(Last));
  Hi = StackState::slotIndex(static_cast<int>(Off));
  return true;
}

bool isSpilledScalar(const StackSlot *SS) {
  return SS && SS->isSpill() && SS->Spilled.isScalar();
}

/// A branch whose outcome a comparison decides (may_goto decides nothing).
bool isComparison(const bpf::Insn &I) {
  return I.isCondJmp() && I.op() != bpf::BPF_JCOND;
}
} // namespace

bool FrameSets::empty() const {
  for (const RelevantSet &S : Frames)
    if (S.Regs || S.Slots.any())
      return false;
  return true;
}

RelevantSet &FrameSets::at(int Frame) {
  if (static_cast<size_t>(Frame) >= Frames.size())
    Frames.resize(Frame + 1);
  return Frames[Frame];
}

bool FrameSets::hasReg(int Frame, int R) const {
  return static_cast<size_t>(Frame) < Frames.size() && Frames[Frame].reg(R);
}

bool FrameSets::hasSlot(int Frame, int Slot) const {
  return static_cast<size_t>(Frame) < Frames.size() && Slot >= 0 &&
         Slot < MaxSlots && Frames[Frame].Slots.test(Slot);
}

void FrameSets::clearReg(int Frame, int R) {
  if (static_cast<size_t>(Frame) < Frames.size())
    Frames[Frame].Regs &= static_cast<uint16_t>(~(1u << R));
}

void FrameSets::clearSlot(int Frame, int Slot) {
  if (static_cast<size_t>(Frame) < Frames.size() && Slot >= 0 &&
      Slot < MaxSlots)
    Frames[Frame].Slots.reset(Slot);
}

/// Every scalar, in any frame's registers or spilled slots, that carries
/// one of the ids of a branch's operands.
static std::vector<ScalarLoc> linkedScalars(const VerifierState &S,
                                            uint32_t IdA, uint32_t IdB) {
  std::vector<ScalarLoc> Locs;
  auto Linked = [&](const RegState &R) {
    return R.isScalar() && R.Id && (R.Id == IdA || R.Id == IdB);
  };
  for (size_t F = 0; F < S.Frames.size(); ++F) {
    const FrameState &Fr = S.Frames[F];
    for (int R = 0; R < NumRegs; ++R)
      if (Linked(Fr.Regs[R]))
        Locs.push_back({static_cast<int8_t>(F), static_cast<int8_t>(R)});
    for (int Slot = 0; Slot < Fr.Stack.numSlots() && Slot < MaxSlots; ++Slot) {
      const StackSlot *SS = Fr.Stack.slot(Slot);
      if (isSpilledScalar(SS) && Linked(SS->Spilled))
        Locs.push_back(
            {static_cast<int8_t>(F), static_cast<int8_t>(Slot), true});
    }
  }
  return Locs;
}

HistoryEntry analysis::recordEntry(const ProgramImage &Image, int Pc,
                                   const VerifierState &S, LinkedPool &Pool) {
  HistoryEntry H;
  H.Pc = Pc;
  H.Frame = static_cast<int8_t>(S.Frames.size() - 1);
  const bpf::Insn &I = Image.insn(Pc);
  uint8_t Cls = I.cls();
  if (Cls == bpf::BPF_LDX || Cls == bpf::BPF_STX || Cls == bpf::BPF_ST) {
    const RegState &Base = S.reg(Cls == bpf::BPF_LDX ? I.Src : I.Dst);
    if (Base.Type != RegType::Stack)
      return H;
    H.StackFrame = static_cast<int8_t>(Base.Frame);
    if (!Base.Var.isConst()) {
      H.StackVarOff = true;
      return H;
    }
    int64_t Off = static_cast<int64_t>(Base.Off) +
                  static_cast<int64_t>(Base.Var.constValue()) + I.Off;
    int Lo, Hi;
    if (!slotsOf(Off, I.accessBytes(), Lo, Hi)) {
      H.StackVarOff = true; // out of the frame: the access fails
      return H;
    }
    H.SlotLo = static_cast<int8_t>(Lo);
    H.SlotHi = static_cast<int8_t>(Hi);
    return H;
  }
  if (isComparison(I)) {
    // A constant's bounds are not refined, so nothing is linked through it
    // (the kernel gives constants no id).
    auto LinkId = [](const RegState &R) {
      return R.isScalar() && !R.Var.isConst() ? R.Id : 0;
    };
    uint32_t IdA = LinkId(S.reg(I.Dst));
    uint32_t IdB = I.usesSrcReg() ? LinkId(S.reg(I.Src)) : 0;
    if (!IdA && !IdB)
      return H;
    std::vector<ScalarLoc> Locs = linkedScalars(S, IdA, IdB);
    if (Locs.size() < 2)
      return H;
    Pool.Lists.push_back(std::move(Locs));
    H.Linked = static_cast<uint32_t>(Pool.Lists.size());
  }
  return H;
}

FrameSets analysis::demandsOf(const ProgramImage &Image, int Pc,
                              const VerifierState &Before) {
  FrameSets Need;
  const bpf::Insn &I = Image.insn(Pc);
  int F = static_cast<int>(Before.Frames.size()) - 1;
  auto AddIfScalar = [&](int R) {
    if (Before.reg(R).isScalar())
      Need.addReg(F, R);
  };
  if (isComparison(I)) {
    // check_cond_jmp_op(): a branch the bounds decided.
    AddIfScalar(I.Dst);
    if (I.usesSrcReg())
      AddIfScalar(I.Src);
    return Need;
  }
  if (I.isAlu() && I.usesSrcReg() && I.op() != bpf::BPF_MOV &&
      I.op() != bpf::BPF_END) {
    // A scalar added to or subtracted from a pointer moves it.
    bool DstPtr = Before.reg(I.Dst).isPointer();
    bool SrcPtr = Before.reg(I.Src).isPointer();
    if (DstPtr != SrcPtr)
      AddIfScalar(DstPtr ? I.Src : I.Dst);
    return Need;
  }
  if (I.isCall()) {
    // Sizes, constants, flags, NULLs: every scalar a call may read, except
    // a helper's ARG_ANYTHING ones, which the kernel checks no value of
    // (bpf_loop's count and flags, and get_local_storage's flags, it does).
    const model::HelperProto *H =
        I.isHelperCall() ? model::findHelper(static_cast<unsigned>(I.Imm))
                         : nullptr;
    bool ValuesUnchecked = H && H->Modeled && !callsBack(I) &&
                           I.Imm != model::BPF_FUNC_get_local_storage;
    for (int R = 1; R <= 5; ++R) {
      model::ArgType T =
          ValuesUnchecked ? H->Args[R - 1] : model::ArgType::Scalar;
      if (T != model::ArgType::Anything && T != model::ArgType::DontCare)
        AddIfScalar(R);
    }
    // A constant key decides whether an array lookup can fail.
    const RegState &Key = Before.reg(2);
    if (I.isHelperCall() && I.Imm == model::BPF_FUNC_map_lookup_elem &&
        Key.Type == RegType::Stack && Key.Var.isConst()) {
      const RegState &Map = Before.reg(1);
      int Size = Map.Map && Map.Map->KeySize ? Map.Map->KeySize : 8;
      int64_t Off = static_cast<int64_t>(Key.Off) +
                    static_cast<int64_t>(Key.Var.constValue());
      int Lo, Hi;
      for (bool In = slotsOf(Off, Size, Lo, Hi); In && Lo <= Hi; ++Lo)
        Need.addSlot(static_cast<int>(Key.Frame), Lo);
    }
    return Need;
  }
  if (I.isExit()) {
    // The program's and a callback's return value are checked.
    const FrameState &Fr = Before.cur();
    if (Before.Frames.size() == 1 || Fr.InCallback || Fr.AsyncCallback)
      AddIfScalar(0);
  }
  return Need;
}

static bool anySlot(const FrameSets &Need, int Frame, int Lo, int Hi) {
  for (int S = Lo; S <= Hi; ++S)
    if (Need.hasSlot(Frame, S))
      return true;
  return false;
}

static bool anySlotInFrame(const FrameSets &Need, int Frame) {
  return static_cast<size_t>(Frame) < Need.Frames.size() &&
         Need.Frames[Frame].Slots.any();
}

/// Loads and stores through any pointer; false where the walk cannot
/// follow them.
static bool backtrackMemory(const bpf::Insn &I, const HistoryEntry &H,
                            FrameSets &Need, int F) {
  int SF = H.StackFrame;
  bool Stack = SF >= 0;
  if (I.cls() == bpf::BPF_LDX) {
    if (!Need.hasReg(F, I.Dst))
      return true;
    Need.clearReg(F, I.Dst);
    if (H.StackVarOff)
      return false;
    // A fill: the slots it read must be precise; anything else was read
    // from memory the verifier does not track values of.
    for (int S = H.SlotLo; Stack && S <= H.SlotHi; ++S)
      Need.addSlot(SF, S);
    return true;
  }
  if (I.mode() == bpf::BPF_ATOMIC) {
    bool Fetch = (I.Imm & bpf::BPF_FETCH) || I.Imm >= 0x100;
    int Defined = I.Imm == bpf::BPF_CMPXCHG ? 0 : Fetch ? I.Src : -1;
    if (I.Imm >= 0x100 && (Need.hasReg(F, I.Dst) || Need.hasReg(F, I.Src)))
      return false; // load-acquire / store-release
    if (Stack) {
      bool Touched = H.StackVarOff ? anySlotInFrame(Need, SF)
                                   : anySlot(Need, SF, H.SlotLo, H.SlotHi);
      return !Touched && !(Defined >= 0 && Need.hasReg(F, Defined));
    }
    if (Defined >= 0)
      Need.clearReg(F, Defined);
    return true;
  }
  // A store: only stores into needed stack slots matter.
  if (!Stack)
    return true;
  bool Touched = H.StackVarOff ? anySlotInFrame(Need, SF)
                               : anySlot(Need, SF, H.SlotLo, H.SlotHi);
  if (!Touched)
    return true;
  // A whole aligned slot is overwritten: what it held before is no longer
  // needed. A partial store leaves the rest of the slot needed.
  if (!H.StackVarOff && H.SlotLo == H.SlotHi && I.accessBytes() == 8)
    Need.clearSlot(SF, H.SlotLo);
  if (I.cls() == bpf::BPF_STX)
    Need.addReg(F, I.Src);
  return true;
}

/// A comparison: both operands of a register comparison are needed when
/// either is, and a scalar linked to a needed one is needed too (its
/// bounds came from the same comparison).
static void backtrackComparison(const bpf::Insn &I, const HistoryEntry &H,
                                const LinkedPool &Pool, FrameSets &Need,
                                int F) {
  const std::vector<ScalarLoc> *Linked =
      H.Linked ? &Pool.Lists[H.Linked - 1] : nullptr;
  for (bool Changed = true; Changed;) {
    Changed = false;
    auto Add = [&](const ScalarLoc &L) {
      bool Has = L.IsSlot ? Need.hasSlot(L.Frame, L.Index)
                          : Need.hasReg(L.Frame, L.Index);
      if (Has)
        return;
      if (L.IsSlot)
        Need.addSlot(L.Frame, L.Index);
      else
        Need.addReg(L.Frame, L.Index);
      Changed = true;
    };
    if (I.usesSrcReg() && (Need.hasReg(F, I.Dst) || Need.hasReg(F, I.Src))) {
      Add({static_cast<int8_t>(F), static_cast<int8_t>(I.Dst)});
      Add({static_cast<int8_t>(F), static_cast<int8_t>(I.Src)});
    }
    if (!Linked)
      continue;
    bool Any = false;
    for (const ScalarLoc &L : *Linked)
      Any |= L.IsSlot ? Need.hasSlot(L.Frame, L.Index)
                      : Need.hasReg(L.Frame, L.Index);
    if (Any)
      for (const ScalarLoc &L : *Linked)
        Add(L);
  }
}

bool analysis::backtrackEntry(const ProgramImage &Image, const HistoryEntry &H,
                              const LinkedPool &Pool, FrameSets &Need,
                              int &CurFrame) {
  const bpf::Insn &I = Image.insn(H.Pc);
  if (I.isExit()) {
    // A static function returned to CurFrame: its R0 is the caller's.
    if (H.Frame != CurFrame + 1)
      return false;
    bool R0 = Need.hasReg(CurFrame, 0);
    Need.clearReg(CurFrame, 0);
    CurFrame = H.Frame;
    if (static_cast<size_t>(CurFrame) < Need.Frames.size())
      Need.Frames[CurFrame] = RelevantSet();
    if (R0)
      Need.addReg(CurFrame, 0);
    return true;
  }
  if (I.isSubprogCall() && H.Frame == CurFrame - 1) {
    // The callee's entry: its arguments are the caller's R1-R5.
    RelevantSet Callee = Need.at(CurFrame);
    Need.Frames[CurFrame] = RelevantSet();
    if (Callee.Slots.any() || (Callee.Regs & ~ArgRegs))
      return false;
    CurFrame = H.Frame;
    Need.at(CurFrame).Regs |= Callee.Regs;
    return true;
  }
  if (H.Frame != CurFrame)
    return false; // a callback's frames: not followed
  int F = CurFrame;
  if (I.isAlu()) {
    if (!Need.hasReg(F, I.Dst))
      return true;
    uint8_t Op = I.op();
    if (Op == bpf::BPF_MOV) {
      Need.clearReg(F, I.Dst);
      if (I.usesSrcReg())
        Need.addReg(F, I.Src);
      return true;
    }
    if (I.usesSrcReg() && Op != bpf::BPF_END && Op != bpf::BPF_NEG)
      Need.addReg(F, I.Src);
    return true;
  }
  if (I.isLdImm64()) {
    Need.clearReg(F, I.Dst);
    return true;
  }
  uint8_t Cls = I.cls();
  if (Cls == bpf::BPF_LDX || Cls == bpf::BPF_STX || Cls == bpf::BPF_ST)
    return backtrackMemory(I, H, Need, F);
  if (Cls == bpf::BPF_LD) {
    // Legacy packet loads define R0 from the packet.
    Need.clearReg(F, 0);
    return true;
  }
  if (I.isCall()) {
    // A helper, kfunc or global function defines R0; what it read was
    // made precise when it was called (demandsOf()).
    Need.clearReg(F, 0);
    return true;
  }
  if (isComparison(I))
    backtrackComparison(I, H, Pool, Need, F);
  return true;
}

void analysis::markInCheckpoint(const VerifierState &S, FrameSets &Precise,
                                FrameSets &Need) {
  for (size_t F = 0; F < Need.Frames.size(); ++F) {
    RelevantSet &N = Need.Frames[F];
    if (F >= S.Frames.size()) {
      N = RelevantSet();
      continue;
    }
    const FrameState &Fr = S.Frames[F];
    int Frame = static_cast<int>(F);
    for (int R = 0; R < NumRegs; ++R) {
      if (!N.reg(R))
        continue;
      if (!Fr.Regs[R].isScalar() || Precise.hasReg(Frame, R))
        N.Regs &= static_cast<uint16_t>(~(1u << R));
      else
        Precise.addReg(Frame, R);
    }
    if (!N.Slots.any())
      continue;
    for (int Slot = 0; Slot < MaxSlots; ++Slot) {
      if (!N.Slots.test(Slot))
        continue;
      const StackSlot *SS =
          Slot < Fr.Stack.numSlots() ? Fr.Stack.slot(Slot) : nullptr;
      if (!isSpilledScalar(SS) || Precise.hasSlot(Frame, Slot))
        N.Slots.reset(Slot);
      else
        Precise.addSlot(Frame, Slot);
    }
  }
}

FrameSets analysis::preciseScalars(const VerifierState &Old,
                                   const FrameSets *Precise,
                                   const RelevantSet &Live) {
  FrameSets Out;
  for (size_t F = 0; F < Old.Frames.size(); ++F) {
    const FrameState &Fr = Old.Frames[F];
    int Frame = static_cast<int>(F);
    bool Top = F + 1 == Old.Frames.size();
    for (int R = 0; R < NumRegs; ++R)
      if (Fr.Regs[R].isScalar() && (!Top || Live.reg(R)) &&
          (!Precise || Precise->hasReg(Frame, R)))
        Out.addReg(Frame, R);
    for (int Slot = 0; Slot < Fr.Stack.numSlots() && Slot < MaxSlots; ++Slot)
      if (isSpilledScalar(Fr.Stack.slot(Slot)) &&
          (!Top || Live.Slots.test(Slot)) &&
          (!Precise || Precise->hasSlot(Frame, Slot)))
        Out.addSlot(Frame, Slot);
  }
  return Out;
}

void analysis::widenChangedScalars(const VerifierState &Before,
                                   VerifierState &Cur, const FrameSets &Keep,
                                   bool CompareIds) {
  auto Changed = [&](const RegState &Old, const RegState &New) {
    if (CompareIds)
      return !(Old == New);
    RegState SameId = New;
    SameId.Id = Old.Id;
    return !(Old == SameId);
  };
  auto Widen = [&](const RegState &Old, const RegState &New) {
    return Old.isScalar() && New.isScalar() && Changed(Old, New);
  };
  size_t N = std::min(Before.Frames.size(), Cur.Frames.size());
  for (size_t F = 0; F < N; ++F) {
    int Frame = static_cast<int>(F);
    const FrameState &B = Before.Frames[F];
    FrameState &C = Cur.Frames[F];
    for (int R = 0; R < NumRegs; ++R)
      if (!Keep.hasReg(Frame, R) && Widen(B.Regs[R], C.Regs[R]))
        C.Regs[R] = RegState::unknownScalar();
    int Slots = std::min(B.Stack.numSlots(), C.Stack.numSlots());
    for (int Slot = 0; Slot < Slots && Slot < MaxSlots; ++Slot) {
      const StackSlot *BS = B.Stack.slot(Slot);
      const StackSlot *CS = C.Stack.slot(Slot);
      if (BS && CS && BS->isSpill() && CS->isSpill() &&
          !Keep.hasSlot(Frame, Slot) && Widen(BS->Spilled, CS->Spilled))
        C.Stack.slotForWrite(Slot).Spilled = RegState::unknownScalar();
    }
  }
}

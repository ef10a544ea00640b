//===- CompilerCause.cpp - Find the register pair behind a rejection ------===//
//
// The code-only half of classifying a rejection (CompilerCause.h): from the
// rejected access, find the scalar added to the pointer, follow it back to
// where its value was made (a load, an extension), and look further back
// for a conditional jump on a different register that holds the same value
// (the same load again, the same extension of the same definition). Walks
// follow the only predecessor of each instruction, so every instruction
// passed is on every path to the access; a merge stops the walk.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Analysis/CompilerCause.h"

using namespace verifiable;
using namespace verifiable::bpf;

const char *verifiable::causePatternName(CausePattern P) {
  switch (P) {
  case CausePattern::Reload:
    return "reload";
  case CausePattern::ExtensionCopy:
    return "extension-copy";
  }
  return "?";
}

namespace {

/// How far back a walk goes; the patterns are local.
constexpr int MaxWalk = 64;

/// The only predecessor of each instruction, or -1 (entry, a merge, or the
/// second half of a ld_imm64).
std::vector<int> onlyPredecessors(const std::vector<Insn> &Code) {
  int N = static_cast<int>(Code.size());
  std::vector<int> Count(N, 0), Pred(N, -1);
  auto Edge = [&](int From, int To) {
    if (To < 0 || To >= N)
      return;
    ++Count[To];
    Pred[To] = From;
  };
  for (int I = 0; I < N; ++I) {
    const Insn &In = Code[I];
    if (In.IsSecondHalf)
      continue;
    int Next = I + (In.isLdImm64() ? 2 : 1);
    if (In.isExit())
      continue;
    if (In.isUncondJmp()) {
      Edge(I, In.jumpTarget(I));
      continue;
    }
    Edge(I, Next);
    if (In.isCondJmp())
      Edge(I, In.jumpTarget(I));
  }
  for (int I = 0; I < N; ++I)
    if (Count[I] != 1)
      Pred[I] = -1;
  return Pred;
}

bool isAlu64(const Insn &I, uint8_t Op, uint8_t Src) {
  return I.cls() == BPF_ALU64 && I.op() == Op && (I.Opcode & 0x08) == Src;
}
bool isAlu32(const Insn &I, uint8_t Op, uint8_t Src) {
  return I.cls() == BPF_ALU && I.op() == Op && (I.Opcode & 0x08) == Src;
}

/// Whether \p I writes register \p R.
bool defines(const Insn &I, int R) {
  if (I.IsSecondHalf)
    return false;
  if (I.isAlu() || I.cls() == BPF_LDX)
    return I.Dst == R;
  if (I.isLdImm64())
    return I.Dst == R;
  if (I.cls() == BPF_LD) // legacy packet loads clobber like a call
    return R <= 5;
  if (I.isCall())
    return R <= 5;
  if (I.cls() == BPF_STX && I.mode() == BPF_ATOMIC && (I.Imm & BPF_FETCH))
    return I.Imm == BPF_CMPXCHG ? R == 0 : I.Src == R;
  return false;
}

/// Whether \p I may change memory: any store or call (another register
/// may point where the load reads, the stack included).
bool mayClobber(const Insn &I) {
  return I.isCall() || I.cls() == BPF_LD || I.cls() == BPF_ST ||
         I.cls() == BPF_STX;
}

/// An extension of a source register's low Bits bits, made by one or two
/// instructions.
struct Extension {
  bool Signed = false;
  int Bits = 0;
  bool Out32 = false; ///< Made by 32-bit ALU (upper half zeroed).
  int First = -1, Last = -1;
  int Scale = 0;   ///< Left shift left over by a shift pair (<<b, s>>a, b>a).
  int SrcReg = -1; ///< Register holding the source value at First.
};

/// A walk over the only-predecessor chain.
class Walker {
public:
  explicit Walker(const Function &F)
      : Code(F.Insns), Pred(onlyPredecessors(F.Insns)) {}

  /// The instruction defining \p R as seen just before \p At, or -1.
  int reachingDef(int At, int R) const {
    int I = Pred[At];
    for (int Steps = 0; I >= 0 && Steps < MaxWalk; ++Steps, I = Pred[I])
      if (defines(Code[I], R))
        return I;
    return -1;
  }
  /// Whether \p R is written strictly between \p From and \p To, walking
  /// back from To; false if From is not on To's chain.
  bool untouchedBetween(int From, int To, int R) const {
    int I = Pred[To];
    for (int Steps = 0; I >= 0 && Steps < MaxWalk; ++Steps, I = Pred[I]) {
      if (I == From)
        return true;
      if (defines(Code[I], R))
        return false;
    }
    return false;
  }
  /// Whether no instruction strictly between \p From and \p To may change
  /// the memory behind \p Base or redefine Base.
  bool memoryStableBetween(int From, int To, int Base) const {
    int I = Pred[To];
    for (int Steps = 0; I >= 0 && Steps < MaxWalk; ++Steps, I = Pred[I]) {
      if (I == From)
        return true;
      if (defines(Code[I], Base) || mayClobber(Code[I]))
        return false;
    }
    return false;
  }

  /// The scalar the rejected instruction used: the register added to the
  /// pointer, and where.
  std::optional<std::pair<int, int>> usedScalar(int Reject) const {
    const Insn &I = Code[Reject];
    if (isAlu64(I, BPF_ADD, BPF_X))
      return std::make_pair(int(I.Src), Reject);
    int Ptr;
    if (I.cls() == BPF_LDX)
      Ptr = I.Src;
    else if (I.cls() == BPF_ST || I.cls() == BPF_STX)
      Ptr = I.Dst;
    else
      return std::nullopt;
    int At = Reject;
    for (int Steps = 0; Steps < MaxWalk; ++Steps) {
      int D = reachingDef(At, Ptr);
      if (D < 0)
        return std::nullopt;
      const Insn &Def = Code[D];
      if (isAlu64(Def, BPF_ADD, BPF_X))
        return std::make_pair(int(Def.Src), D);
      if (isAlu64(Def, BPF_ADD, BPF_K)) {
        At = D;
        continue;
      }
      if (isAlu64(Def, BPF_MOV, BPF_X) && Def.Off == 0) {
        Ptr = Def.Src;
        At = D;
        continue;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  /// Whether the definition \p D of \p R is an extension; fills \p E.
  bool extension(int D, int R, Extension &E) const {
    const Insn &I = Code[D];
    bool Is32 = I.cls() == BPF_ALU;
    int Width = Is32 ? 32 : 64;
    if ((isAlu64(I, BPF_MOV, BPF_X) || isAlu32(I, BPF_MOV, BPF_X)) &&
        (I.Off == 8 || I.Off == 16 || (I.Off == 32 && !Is32))) {
      E = {true, I.Off, Is32, D, D, 0, I.Src};
      return true;
    }
    if (isAlu32(I, BPF_MOV, BPF_X) && I.Off == 0 && I.Src != R) {
      E = {false, 32, true, D, D, 0, I.Src};
      return true;
    }
    if ((isAlu64(I, BPF_AND, BPF_K) || isAlu32(I, BPF_AND, BPF_K)) &&
        (I.Imm == 0xff || I.Imm == 0xffff)) {
      E = {false, I.Imm == 0xff ? 8 : 16, Is32, D, D, 0, R};
      return true;
    }
    bool Arith = I.op() == BPF_ARSH;
    if ((I.op() == BPF_RSH || Arith) && I.isAlu() && !I.usesSrcReg()) {
      int Shl = reachingDef(D, R);
      if (Shl < 0)
        return false;
      const Insn &L = Code[Shl];
      if (L.cls() != I.cls() || L.op() != BPF_LSH || L.usesSrcReg() ||
          L.Imm < I.Imm || L.Imm <= 0 || L.Imm >= Width)
        return false;
      E = {Arith, Width - L.Imm, Is32, Shl, D, L.Imm - I.Imm, R};
      return E.Bits == 8 || E.Bits == 16 || E.Bits == 32;
    }
    return false;
  }

  /// Follows register copies back from \p At: the definition of the value
  /// \p R holds there that is not a plain 64-bit copy (nor a 32-bit one
  /// when only the \p LowHalf matters), and its register.
  std::pair<int, int> throughCopies(int At, int R, bool LowHalf = false) const {
    for (int Steps = 0; Steps < MaxWalk; ++Steps) {
      int D = reachingDef(At, R);
      bool Copy = D >= 0 && Code[D].Off == 0 &&
                  (isAlu64(Code[D], BPF_MOV, BPF_X) ||
                   (LowHalf && isAlu32(Code[D], BPF_MOV, BPF_X)));
      if (!Copy)
        return {D, R};
      R = Code[D].Src;
      At = D;
    }
    return {-1, R};
  }

  const std::vector<Insn> &Code;
  std::vector<int> Pred;
};

Insn mov64(int Dst, int Src, int16_t Off = 0) {
  Insn I;
  I.Opcode = BPF_ALU64 | BPF_MOV | BPF_X;
  I.Dst = Dst;
  I.Src = Src;
  I.Off = Off;
  return I;
}

Insn mov32(int Dst, int Src) {
  Insn I = mov64(Dst, Src);
  I.Opcode = BPF_ALU | BPF_MOV | BPF_X;
  return I;
}

Insn lsh(int Dst, int Imm, bool Is32) {
  Insn I;
  I.Opcode = (Is32 ? BPF_ALU : BPF_ALU64) | BPF_LSH | BPF_K;
  I.Dst = Dst;
  I.Imm = Imm;
  return I;
}

/// Copies the source location of \p Old into \p New.
Insn at(const Insn &Old, Insn New) {
  New.Loc = Old.Loc;
  return New;
}

/// A conditional jump that compares \p R with a constant, walking back
/// from \p From, each handed to \p Try until it returns true.
template <typename Fn> int findCheck(const Walker &W, int From, Fn Try) {
  int I = W.Pred[From];
  for (int Steps = 0; I >= 0 && Steps < MaxWalk; ++Steps, I = W.Pred[I]) {
    const Insn &J = W.Code[I];
    if (J.isCondJmp() && !J.usesSrcReg() && J.op() != BPF_JCOND && Try(I, J))
      return I;
  }
  return -1;
}

/// The used value \p Use (register at an instruction) was loaded again:
/// look for a check of an earlier load of the same address.
std::optional<CauseCandidate> reload(const Walker &W, int Load, int UseReg) {
  const Insn &L2 = W.Code[Load];
  // Two volatile loads are the source's two reads, not the compiler's.
  if (L2.cls() != BPF_LDX || (L2.mode() != BPF_MEM && L2.mode() != BPF_MEMSX) ||
      L2.Src == 10 || L2.Volatile)
    return std::nullopt;
  CauseCandidate C;
  int Found = findCheck(W, Load, [&](int J, const Insn &Jmp) {
    int L1 = W.reachingDef(J, Jmp.Dst);
    if (L1 < 0 || L1 == Load)
      return false;
    const Insn &First = W.Code[L1];
    if (First.Opcode != L2.Opcode || First.Src != L2.Src ||
        First.Off != L2.Off || First.Dst == First.Src || First.Volatile)
      return false;
    if (!W.memoryStableBetween(L1, Load, L2.Src) ||
        !W.untouchedBetween(L1, Load, Jmp.Dst))
      return false;
    C.CheckReg = Jmp.Dst;
    C.Check32 = Jmp.cls() == BPF_JMP32;
    return true;
  });
  if (Found < 0)
    return std::nullopt;
  C.Pattern = CausePattern::Reload;
  C.CheckInsn = Found;
  C.RemakeInsn = Load;
  C.UseReg = UseReg;
  C.Use32 = false;
  C.Patches.push_back({Load, at(L2, mov64(L2.Dst, C.CheckReg))});
  return C;
}

/// The used value is an extension: look for a check of the same extension
/// of the same definition in another register.
std::optional<CauseCandidate> extensionCopy(const Walker &W,
                                            const Extension &Use, int UseReg) {
  // The extension reads only the low Bits (<= 32) bits of its source, so
  // 32-bit copies of the source still hold the same value.
  auto [UseSrcDef, UseSrcReg] =
      W.throughCopies(Use.First, Use.SrcReg, /*LowHalf=*/true);
  if (UseSrcDef < 0)
    return std::nullopt;
  CauseCandidate C;
  Extension Checked;
  int Found = findCheck(W, Use.First, [&](int J, const Insn &Jmp) {
    int R = Jmp.Dst;
    if (R == UseReg)
      return false;
    auto [D, DR] = W.throughCopies(J, R);
    if (D < 0 || !W.extension(D, DR, Checked))
      return false;
    if (Checked.Signed != Use.Signed || Checked.Bits != Use.Bits ||
        Checked.Scale != 0)
      return false;
    // Both extensions must read the same definition.
    auto [SrcDef, SrcReg] =
        W.throughCopies(Checked.First, Checked.SrcReg, /*LowHalf=*/true);
    if (SrcDef != UseSrcDef || SrcReg != UseSrcReg)
      return false;
    if (!W.untouchedBetween(J, Use.First, R))
      return false;
    C.CheckReg = R;
    C.Check32 = Jmp.cls() == BPF_JMP32;
    return true;
  });
  if (Found < 0)
    return std::nullopt;
  C.Pattern = CausePattern::ExtensionCopy;
  C.CheckInsn = Found;
  C.RemakeInsn = Use.First;
  C.UseReg = UseReg;
  C.Use32 = Use.Out32;
  // The checked register holds the extension in its low Out bits, the
  // upper half zeroed by 32-bit ALU: a signed 64-bit use sign-extends it
  // from 32 bits, an unsigned or 32-bit one copies it.
  const Insn &First = W.Code[Use.First];
  Insn Copy =
      !Use.Signed || Use.Out32 || !Checked.Out32
          ? (Use.Out32 ? mov32(UseReg, C.CheckReg) : mov64(UseReg, C.CheckReg))
          : mov64(UseReg, C.CheckReg, 32);
  C.Patches.push_back({Use.First, at(First, Copy)});
  if (Use.Last != Use.First) {
    const Insn &Last = W.Code[Use.Last];
    C.Patches.push_back(
        {Use.Last, at(Last, Use.Scale ? lsh(UseReg, Use.Scale, Use.Out32)
                                      : mov64(UseReg, UseReg))});
  } else if (Use.Scale) {
    return std::nullopt;
  }
  return C;
}

} // namespace

std::optional<CauseCandidate>
verifiable::findCompilerCause(const bpf::Function &F, int RejectInsn) {
  if (RejectInsn < 0 || RejectInsn >= static_cast<int>(F.Insns.size()))
    return std::nullopt;
  Walker W(F);
  auto Used = W.usedScalar(RejectInsn);
  if (!Used)
    return std::nullopt;
  auto [Reg, At] = *Used;
  // Scaling by a shift and 64-bit copies keep the value's boundedness;
  // stop at the instruction that made the value.
  for (int Steps = 0; Steps < MaxWalk; ++Steps) {
    int D = W.reachingDef(At, Reg);
    if (D < 0)
      return std::nullopt;
    const Insn &I = W.Code[D];
    if (I.cls() == BPF_LDX)
      return reload(W, D, Reg);
    Extension E;
    if (W.extension(D, Reg, E))
      return extensionCopy(W, E, Reg);
    if (isAlu64(I, BPF_LSH, BPF_K)) {
      At = D;
      continue;
    }
    if (isAlu64(I, BPF_MOV, BPF_X) && I.Off == 0) {
      Reg = I.Src;
      At = D;
      continue;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

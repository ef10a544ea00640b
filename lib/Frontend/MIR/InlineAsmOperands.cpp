//===- InlineAsmOperands.cpp - Operands into an asm string ----------------===//
//
// Substitutes the operands of an inline asm MachineInstr into its string.
// Only what has one obvious BPF spelling is substituted: a register, an
// immediate, a global's name, an asm goto label, and a memory operand as
// the BPF asm printer writes it, `(rN + off)`. Operand modifiers the BPF
// target does not define, memory operands in another shape and asm dialect
// alternatives are reported, so the function stays `unknown` instead of
// being guessed.
//
//===----------------------------------------------------------------------===//
#include "InlineAsmOperands.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/IR/GlobalValue.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/MC/MCRegisterInfo.h"

using namespace llvm;
using namespace verifiable;

namespace {

class Substituter {
public:
  Substituter(const MachineInstr &MI, const MCRegisterInfo &MRI)
      : MI(MI), MRI(MRI) {}

  SubstitutedAsm run() {
    scan();
    return R;
  }

private:
  bool scan();
  std::string uniqueId() const;
  bool substitute(unsigned N, StringRef Modifier);
  bool substituteMemory(const MachineOperand &Base, const std::string &Ref,
                        StringRef Modifier);
  const MachineOperand *operandGroup(unsigned N, InlineAsm::Flag &F) const;
  bool fail(const Twine &Why) {
    if (R.Problem.empty())
      R.Problem = Why.str();
    return false;
  }

  const MachineInstr &MI;
  const MCRegisterInfo &MRI;
  SubstitutedAsm R;
};

} // namespace

/// The operand `$N` names: the first operand of the N-th group.
const MachineOperand *Substituter::operandGroup(unsigned N,
                                                InlineAsm::Flag &F) const {
  unsigned OpNo = InlineAsm::MIOp_FirstOperand;
  for (unsigned I = 0;; ++I) {
    if (OpNo >= MI.getNumOperands() || !MI.getOperand(OpNo).isImm())
      return nullptr;
    F = InlineAsm::Flag(static_cast<uint32_t>(MI.getOperand(OpNo).getImm()));
    if (I == N)
      break;
    OpNo += F.getNumOperandRegisters() + 1;
  }
  if (OpNo + 1 >= MI.getNumOperands())
    return nullptr;
  return &MI.getOperand(OpNo + 1);
}

static std::string registerName(const MCRegisterInfo &MRI, Register Reg) {
  std::string Name = StringRef(MRI.getName(Reg)).lower();
  // BPF registers are r0..r11 (64-bit) and w0..w11 (their 32-bit halves).
  if (Name.size() < 2 || (Name[0] != 'r' && Name[0] != 'w') ||
      !all_of(StringRef(Name).drop_front(), isDigit))
    return "";
  return Name;
}

bool Substituter::substitute(unsigned N, StringRef Modifier) {
  InlineAsm::Flag F;
  const MachineOperand *MO = operandGroup(N, F);
  std::string Ref = "operand $" + std::to_string(N);
  if (!MO)
    return fail(Ref + " does not exist");
  if (F.isMemKind())
    return substituteMemory(*MO, Ref, Modifier);
  if (F.getNumOperandRegisters() != 1)
    return fail(Ref + " spans " + Twine(F.getNumOperandRegisters()) +
                " operands");
  if (!Modifier.empty() && Modifier != "l" && Modifier != "c")
    return fail(Ref + " has the modifier '" + Modifier +
                "', which the BPF target does not define");

  switch (MO->getType()) {
  case MachineOperand::MO_Register: {
    std::string Name = registerName(MRI, MO->getReg());
    if (Name.empty() || !Modifier.empty())
      return fail(Ref + " is a register without a BPF name");
    R.Text += Name;
    return true;
  }
  case MachineOperand::MO_Immediate:
    if (Modifier == "l")
      return fail(Ref + " is an immediate used as a label");
    R.Text += std::to_string(MO->getImm());
    return true;
  case MachineOperand::MO_MachineBasicBlock: {
    std::string Name =
        "__verifiable_bb_" + std::to_string(MO->getMBB()->getNumber());
    R.Blocks[Name] = MO->getMBB();
    R.Text += Name;
    return true;
  }
  case MachineOperand::MO_GlobalAddress: {
    if (Modifier == "l")
      return fail(Ref + " is a global used as a label");
    R.Text += MO->getGlobal()->getName();
    if (int64_t Off = MO->getOffset())
      R.Text += (Off > 0 ? "+" : "") + std::to_string(Off);
    return true;
  }
  default:
    return fail(Ref + " is of a kind the front-end does not substitute");
  }
}

/// A memory operand ("m"): the BPF target selects it as a base register and
/// an offset (a stack slot is r10 and its offset by then), which its asm
/// printer writes `(rN + off)` or `(rN - off)`, the address of a load or a
/// store.
bool Substituter::substituteMemory(const MachineOperand &Base,
                                   const std::string &Ref, StringRef Modifier) {
  const MachineOperand *Off = &Base + 1;
  if (!Modifier.empty() || !Base.isReg() ||
      Base.getOperandNo() + 1 >= MI.getNumOperands() || !Off->isImm())
    return fail(Ref + " is a memory operand not of the shape (reg + offset)");
  std::string Name = registerName(MRI, Base.getReg());
  if (Name.empty() || Name[0] != 'r')
    return fail(Ref + " is a memory operand without a BPF base register");
  int64_t O = Off->getImm();
  R.Text += "(" + Name + (O < 0 ? " - " : " + ") +
            std::to_string(O < 0 ? -O : O) + ")";
  return true;
}

/// A number unique to this asm statement within its function, stable from
/// run to run: its block's number and its position in the block.
std::string Substituter::uniqueId() const {
  const MachineBasicBlock *MBB = MI.getParent();
  unsigned Pos = 0;
  for (const MachineInstr &Other : *MBB) {
    if (&Other == &MI)
      break;
    ++Pos;
  }
  return std::to_string(MBB->getNumber()) + "_" + std::to_string(Pos);
}

bool Substituter::scan() {
  StringRef S = MI.getOperand(InlineAsm::MIOp_AsmString).getSymbolName();
  for (size_t I = 0; I < S.size();) {
    char C = S[I];
    if (C != '$') {
      R.Text += C;
      ++I;
      continue;
    }
    char D = I + 1 < S.size() ? S[I + 1] : '\0';
    if (D == '$') {
      R.Text += '$';
      I += 2;
      continue;
    }
    // clang spells every '|' of a GCC asm string "$|"; outside a dialect
    // alternative "$(...$)" (which BPF asm never needs) it is a literal
    // '|', as the AsmPrinter prints it.
    if (D == '|') {
      R.Text += '|';
      I += 2;
      continue;
    }
    StringRef Number, Modifier;
    if (D == '{') {
      size_t End = S.find('}', I + 2);
      if (End == StringRef::npos)
        return fail("an operand reference '${' is not closed");
      std::tie(Number, Modifier) = S.slice(I + 2, End).split(':');
      I = End + 1;
    } else if (isDigit(D)) {
      size_t End = I + 1;
      while (End < S.size() && isDigit(S[End]))
        ++End;
      Number = S.slice(I + 1, End);
      I = End;
    } else {
      return fail(Twine("'$") + StringRef(&D, D ? 1 : 0) +
                  "' is an asm dialect alternative or special operand");
    }
    if (Number.empty() && Modifier == "uid") {
      // `%=` in C: a number unique to this asm statement, for its labels.
      R.Text += uniqueId();
      continue;
    }
    unsigned N;
    if (Number.getAsInteger(10, N))
      return fail("the operand reference '${" + Number + ":" + Modifier +
                  "}' does not name an operand by number");
    if (!substitute(N, Modifier))
      return false;
  }
  return true;
}

SubstitutedAsm verifiable::substituteAsmOperands(const MachineInstr &MI,
                                                 const MCRegisterInfo &MRI) {
  return Substituter(MI, MRI).run();
}

//===- MIRLowering.cpp - Final MachineFunction to bpf::Function -----------===//
//
// Each MachineInstr is turned into an MCInst and encoded with the BPF
// target's MCCodeEmitter; the resulting bytes are decoded into the kernel's
// instruction fields. Symbolic operands (basic blocks, globals, functions)
// are replaced by zero before encoding, so no fixups or MC symbols are
// created, and are resolved here instead: branch offsets from the block
// layout, everything libbpf relocates as a SymbolRef. Inline assembly is
// assembled by InlineAsm.cpp; its instructions take the same way.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/MIRLowering.h"
#include "InlineAsm.h"
#include "verifiable/Frontend/CoreRelocations.h"
#include "verifiable/Frontend/KconfigExterns.h"
#include "verifiable/Frontend/ModuleDescription.h"

#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCFixup.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Endian.h"
#include "llvm/Target/TargetMachine.h"

#include <map>

using namespace llvm;
using namespace verifiable;

MIRLowering::MIRLowering(const TargetMachine &TM) : TM(TM) {}
MIRLowering::~MIRLowering() = default;

static bpf::SourceLoc toSourceLoc(const DILocation *DL) {
  bpf::SourceLoc L;
  if (!DL)
    return L;
  L.File = DL->getFilename().str();
  L.Directory = DL->getDirectory().str();
  L.Line = DL->getLine();
  L.Column = DL->getColumn();
  if (const DILocation *At = DL->getInlinedAt())
    L.InlinedAt = std::make_shared<bpf::SourceLoc>(toSourceLoc(At));
  return L;
}

namespace {

/// What a symbolic operand stood for before it was replaced by zero.
struct PendingOperand {
  const MachineBasicBlock *Target = nullptr;
  bpf::SymbolRef Ref;
  bool IsFunctionCall = false;
  bool IsKfunc = false;
};

/// Lowers one function; holds the per-function bookkeeping.
class FunctionLowering {
public:
  FunctionLowering(const MachineFunction &MF, const TargetMachine &TM,
                   MCCodeEmitter &Emitter,
                   std::vector<const DILocation *> *Locs, CoreRelocations *Core)
      : MF(MF), TM(TM), Emitter(Emitter), Locs(Locs), Core(Core) {}

  bpf::Function run();

private:
  bool lowerInstr(const MachineInstr &MI, bpf::Function &Out);
  bool lowerInlineAsm(const MachineInstr &MI, bpf::Function &Out);
  bool emit(const MCInst &Inst, const PendingOperand &P, const DILocation *DL,
            bpf::Function &Out);
  bool append(ArrayRef<char> Bytes, const PendingOperand &P,
              const DILocation *DL, bpf::Function &Out);
  bool buildMCInst(const MachineInstr &MI, MCInst &Inst, PendingOperand &P);
  bpf::SymbolRef classifyGlobal(const GlobalValue *GV, int64_t Addend) const;
  void decode(ArrayRef<char> Bytes, bpf::Insn &I) const;
  void resolveBranches(bpf::Function &Out);

  const MachineFunction &MF;
  const TargetMachine &TM;
  MCCodeEmitter &Emitter;
  std::vector<const DILocation *> *Locs;
  CoreRelocations *Core;
  const DILocation *LastDILoc = nullptr;
  std::string Problem;
  std::map<const MachineBasicBlock *, unsigned> BlockStart;
  std::vector<std::pair<unsigned, const MachineBasicBlock *>> Branches;
  bpf::SourceLoc LastLoc;
};

} // namespace

bpf::SymbolRef FunctionLowering::classifyGlobal(const GlobalValue *GV,
                                                int64_t Addend) const {
  bpf::SymbolRef R;
  R.Name = GV->getName().str();
  R.Offset = Addend;
  if (const auto *F = dyn_cast<Function>(GV)) {
    // A function defined here is a BPF subprogram; an extern one is a kfunc.
    R.K = F->isDeclaration() ? bpf::SymbolRef::Kfunc : bpf::SymbolRef::Subprog;
    return R;
  }
  const auto *Var = dyn_cast<GlobalVariable>(GV);
  if (!Var) {
    R.K = bpf::SymbolRef::Unknown;
    return R;
  }
  if (Var->hasSection() && Var->getSection() == ".maps") {
    R.K = bpf::SymbolRef::Map;
    return R;
  }
  if (Var->isDeclaration() && Var->hasSection() &&
      Var->getSection() == KconfigSection) {
    // libbpf points the load at the variable in its .kconfig map.
    R.K = bpf::SymbolRef::GlobalData;
    R.Section = KconfigSection;
    return R;
  }
  if (Var->isDeclaration()) {
    R.K = bpf::SymbolRef::Ksym;
    return R;
  }
  R.K = bpf::SymbolRef::GlobalData;
  R.Section = dataSectionOf(*Var, TM);
  return R;
}

bool FunctionLowering::buildMCInst(const MachineInstr &MI, MCInst &Inst,
                                   PendingOperand &P) {
  Inst.setOpcode(MI.getOpcode());
  for (const MachineOperand &MO : MI.operands()) {
    switch (MO.getType()) {
    case MachineOperand::MO_Register:
      if (!MO.isImplicit())
        Inst.addOperand(MCOperand::createReg(MO.getReg()));
      break;
    case MachineOperand::MO_Immediate:
      Inst.addOperand(MCOperand::createImm(MO.getImm()));
      break;
    case MachineOperand::MO_MachineBasicBlock:
      P.Target = MO.getMBB();
      Inst.addOperand(MCOperand::createImm(0));
      break;
    case MachineOperand::MO_GlobalAddress:
      P.Ref = classifyGlobal(MO.getGlobal(), MO.getOffset());
      Inst.addOperand(MCOperand::createImm(0));
      break;
    case MachineOperand::MO_ExternalSymbol:
      P.Ref.K = bpf::SymbolRef::Unknown;
      P.Ref.Name = MO.getSymbolName();
      Inst.addOperand(MCOperand::createImm(0));
      break;
    case MachineOperand::MO_RegisterMask:
    case MachineOperand::MO_RegisterLiveOut:
      break;
    default:
      Problem = "operand kind the front-end does not model in '" +
                TM.getMCInstrInfo()->getName(MI.getOpcode()).str() + "'";
      return false;
    }
  }
  return true;
}

void FunctionLowering::decode(ArrayRef<char> Bytes, bpf::Insn &I) const {
  const auto *B = reinterpret_cast<const uint8_t *>(Bytes.data());
  bool Little = TM.getTargetTriple().isLittleEndian();
  I.Opcode = B[0];
  I.Dst = Little ? (B[1] & 0x0f) : (B[1] >> 4);
  I.Src = Little ? (B[1] >> 4) : (B[1] & 0x0f);
  auto Endian = Little ? llvm::endianness::little : llvm::endianness::big;
  I.Off = support::endian::read<int16_t>(B + 2, Endian);
  I.Imm = support::endian::read<int32_t>(B + 4, Endian);
  if (I.isLdImm64() && Bytes.size() >= 16) {
    uint32_t Hi = support::endian::read<uint32_t>(B + 12, Endian);
    I.Imm64 = static_cast<int64_t>((static_cast<uint64_t>(Hi) << 32) |
                                   static_cast<uint32_t>(I.Imm));
  }
}

bool FunctionLowering::lowerInstr(const MachineInstr &MI, bpf::Function &Out) {
  if (MI.isMetaInstruction() || MI.isDebugInstr())
    return true;
  if (MI.isInlineAsm())
    return lowerInlineAsm(MI, Out);
  SmallVector<MCInst, 2> Patched;
  switch (Core ? Core->lower(MI, Patched) : CoreRelocations::NotCore) {
  case CoreRelocations::NotCore:
    break;
  case CoreRelocations::Failed:
    Problem = Core->problem();
    return false;
  case CoreRelocations::Lowered:
    for (const MCInst &Inst : Patched)
      if (!emit(Inst, PendingOperand(), MI.getDebugLoc().get(), Out))
        return false;
    return true;
  }
  const MCInstrDesc &Desc = TM.getMCInstrInfo()->get(MI.getOpcode());
  if (Desc.isPseudo()) {
    Problem = "pseudo instruction '" +
              TM.getMCInstrInfo()->getName(MI.getOpcode()).str() +
              "' left in the final code (a CO-RE relocation?)";
    return false;
  }

  MCInst Inst;
  PendingOperand P;
  if (!buildMCInst(MI, Inst, P))
    return false;
  return emit(Inst, P, MI.getDebugLoc().get(), Out);
}

/// Branch offsets count instruction slots from the one after the jump;
/// `gotol` keeps its offset in the immediate.
static void setBranchOffset(bpf::Insn &I, int64_t Delta) {
  if (I.cls() == bpf::BPF_JMP32 && I.op() == bpf::BPF_JA)
    I.Imm = static_cast<int32_t>(Delta);
  else
    I.Off = static_cast<int16_t>(Delta);
}

/// Instructions the BPF assembler spells but C code compiled for the engine
/// has so far not produced, and that the engine would misread as a
/// neighbouring form: jump opcodes past may_goto (BPF_JCOND, which the
/// engine models), addr_space_cast (as movsx), load-acquire and
/// store-release (as atomic read-modify-writes). Empty when the engine can
/// be given \p I.
static std::string unmodelledAsmInsn(const bpf::Insn &I) {
  if (I.isJmp() && I.op() > bpf::BPF_JCOND)
    return "an unknown jump";
  if (I.isAlu() && I.op() == bpf::BPF_MOV && I.Off == 1)
    return "addr_space_cast";
  if (I.cls() == bpf::BPF_STX && I.mode() == bpf::BPF_ATOMIC &&
      (I.Imm & ~0xff) != 0)
    return "load-acquire or store-release";
  return "";
}

/// Why the lowered instruction \p I of an asm statement cannot be given to
/// the engine as it is; empty when it can.
static std::string asmInsnProblem(const AsmInstruction &AI, const bpf::Insn &I,
                                  const bpf::SymbolRef &Ref) {
  // Raw bytes carry no symbol: a pseudo source (map fd, BTF id, pseudo
  // call) would name something only the loader knows.
  if (!AI.Raw.empty() && (I.isCall() || I.isLdImm64()) && I.Src != 0)
    return std::string("a raw ") + (I.isCall() ? "call" : "ld_imm64") +
           " with src_reg " + std::to_string(I.Src) +
           ", which names nothing libbpf relocates";
  if (std::string What = unmodelledAsmInsn(I); !What.empty())
    return What + " (opcode " + std::to_string(I.Opcode) +
           "), which the engine does not model";
  // A name is only understood where libbpf relocates one (a call of a
  // function, an ld_imm64), a label only as a jump target.
  bool Jump = I.isCondJmp() || I.isUncondJmp();
  bool Labelled = AI.TargetBlock || AI.TargetIndex >= 0;
  bool CallOfData = I.isCall() && AI.Global &&
                    Ref.K != bpf::SymbolRef::Subprog &&
                    Ref.K != bpf::SymbolRef::Kfunc;
  if ((AI.Global && !I.isCall() && !I.isLdImm64()) || (Labelled && !Jump) ||
      CallOfData)
    return "a symbol or label used where libbpf would not relocate it";
  return "";
}

bool FunctionLowering::lowerInlineAsm(const MachineInstr &MI,
                                      bpf::Function &Out) {
  AssembledAsm A = assembleInlineAsm(MI, TM);
  if (!A.Problem.empty()) {
    Problem = A.Problem;
    return false;
  }
  const DILocation *DL = MI.getDebugLoc().get();
  // Slot of each instruction of the statement, and of the one after it.
  std::vector<unsigned> Slot;
  for (const AsmInstruction &AI : A.Insns) {
    PendingOperand P;
    P.Target = AI.TargetBlock;
    if (AI.Global)
      P.Ref = classifyGlobal(AI.Global, AI.Addend);
    Slot.push_back(Out.Insns.size());
    bool Ok = AI.Raw.empty()
                  ? emit(AI.Inst, P, DL, Out)
                  : append(ArrayRef(AI.Raw.data(), AI.Raw.size()), P, DL, Out);
    if (!Ok)
      return false;
    std::string Why = asmInsnProblem(AI, Out.Insns[Slot.back()], P.Ref);
    if (!Why.empty()) {
      Problem = describeInlineAsm(MI) + ": " + Why;
      return false;
    }
  }
  Slot.push_back(Out.Insns.size());
  for (size_t K = 0; K < A.Insns.size(); ++K)
    if (int T = A.Insns[K].TargetIndex; T >= 0)
      setBranchOffset(Out.Insns[Slot[K]],
                      static_cast<int64_t>(Slot[T]) - (Slot[K] + 1));
  return true;
}

bool FunctionLowering::emit(const MCInst &Inst, const PendingOperand &P,
                            const DILocation *DL, bpf::Function &Out) {
  SmallVector<char, 16> Bytes;
  SmallVector<MCFixup, 2> Fixups;
  Emitter.encodeInstruction(Inst, Bytes, Fixups, MF.getSubtarget());
  return append(Bytes, P, DL, Out);
}

bool FunctionLowering::append(ArrayRef<char> Bytes, const PendingOperand &P,
                              const DILocation *DL, bpf::Function &Out) {
  if (Bytes.size() != 8 && Bytes.size() != 16) {
    Problem = "unexpected encoding size " + std::to_string(Bytes.size());
    return false;
  }

  bpf::Insn I;
  decode(Bytes, I);
  bpf::SourceLoc Loc = toSourceLoc(DL);
  if (Loc.isValid()) {
    LastLoc = Loc;
    LastDILoc = DL;
  }
  I.Loc = LastLoc;
  I.Ref = P.Ref;
  if (I.isCall() && P.Ref.K == bpf::SymbolRef::Subprog)
    I.Src = bpf::BPF_PSEUDO_CALL;
  else if (I.isCall() && P.Ref.K == bpf::SymbolRef::Kfunc)
    I.Src = bpf::BPF_PSEUDO_KFUNC_CALL;
  else if (I.isLdImm64() && P.Ref.K == bpf::SymbolRef::Map)
    I.Src = bpf::BPF_PSEUDO_MAP_FD;
  else if (I.isLdImm64() && P.Ref.K == bpf::SymbolRef::GlobalData)
    I.Src = bpf::BPF_PSEUDO_MAP_VALUE;
  else if (I.isLdImm64() && P.Ref.K == bpf::SymbolRef::Subprog)
    I.Src = bpf::BPF_PSEUDO_FUNC;
  else if (I.isLdImm64() && P.Ref.K == bpf::SymbolRef::Ksym)
    I.Src = bpf::BPF_PSEUDO_BTF_ID;
  if (Core)
    Core->finish(I);

  if (P.Target)
    Branches.emplace_back(Out.Insns.size(), P.Target);
  Out.Insns.push_back(I);
  if (Locs)
    Locs->push_back(LastDILoc);
  if (I.isLdImm64()) {
    bpf::Insn Second;
    Second.IsSecondHalf = true;
    Second.Loc = I.Loc;
    Out.Insns.push_back(Second);
    if (Locs)
      Locs->push_back(LastDILoc);
  }
  return true;
}

void FunctionLowering::resolveBranches(bpf::Function &Out) {
  for (auto [Index, Target] : Branches) {
    auto It = BlockStart.find(Target);
    if (It == BlockStart.end()) {
      Problem = "branch to a block outside the function";
      return;
    }
    int64_t Delta = static_cast<int64_t>(It->second) - (Index + 1);
    setBranchOffset(Out.Insns[Index], Delta);
  }
}

bpf::Function FunctionLowering::run() {
  bpf::Function Out;
  const Function &F = MF.getFunction();
  Out.Name = F.getName().str();
  Out.Section = F.hasSection() ? F.getSection().str() : ".text";
  // libbpf marks the BTF of a global function with hidden or internal
  // visibility static, and the kernel then verifies it as a static
  // subprogram, in the context of each call.
  Out.IsGlobal = !F.hasLocalLinkage() && F.hasDefaultVisibility();
  Out.Sig = signatureOf(F);
  if (const DISubprogram *SP = F.getSubprogram()) {
    Out.DeclLoc.File = SP->getFilename().str();
    Out.DeclLoc.Directory = SP->getDirectory().str();
    Out.DeclLoc.Line = SP->getLine();
    LastLoc = Out.DeclLoc;
  }

  for (const MachineBasicBlock &MBB : MF) {
    BlockStart[&MBB] = Out.Insns.size();
    for (const MachineInstr &MI : MBB.instrs()) {
      if (MI.isBundle())
        continue;
      size_t First = Out.Insns.size();
      if (!lowerInstr(MI, Out)) {
        Out.LoweringProblem = Problem;
        return Out;
      }
      if (MI.hasOrderedMemoryRef() && MI.mayLoadOrStore() && !MI.isInlineAsm())
        for (size_t K = First; K < Out.Insns.size(); ++K)
          Out.Insns[K].Volatile = true;
    }
  }
  resolveBranches(Out);
  Out.LoweringProblem = Problem;
  return Out;
}

bpf::Function MIRLowering::lower(const MachineFunction &MF,
                                 std::vector<const DILocation *> *Locs) {
  if (!Emitter)
    Emitter.reset(TM.getTarget().createMCCodeEmitter(*TM.getMCInstrInfo(),
                                                     MF.getContext()));
  if (Target && !Core)
    Core = std::make_unique<CoreRelocations>(*TM.getMCInstrInfo(), *Target,
                                             &Locals);
  FunctionLowering L(MF, TM, *Emitter, Locs, Core.get());
  bpf::Function F = L.run();
  // Hand-written assembly is judged like compiled code unless the user
  // asked otherwise.
  if (!JudgeNaked && F.LoweringProblem.empty() &&
      MF.getFunction().hasFnAttribute(llvm::Attribute::Naked))
    F.LoweringProblem = "a __naked function (hand-written BPF assembly) is "
                        "not judged (-verifiable-judge-naked=false)";
  return F;
}

void MIRLowering::describePoisonedRelocations(const ObjectBtf::Sections &Object,
                                              bpf::Program &P) const {
  verifiable::describePoisonedRelocations(
      Core ? Core->poisonedSites() : std::vector<PoisonedRelocationSite>(),
      Object, P);
}

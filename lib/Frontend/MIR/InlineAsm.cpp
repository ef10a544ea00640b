//===- InlineAsm.cpp - Inline assembly to BPF MCInsts ---------------------===//
//
// Assembles one inline asm statement with the BPF target's assembly parser
// into a private MCContext (the codegen's own context must not see the
// statement's labels), through a streamer that only collects: instructions
// and the labels between them. Data (`.8byte`, `.byte`) is taken as raw
// instruction bytes when it makes whole instructions; other directives
// (fill, alignment, symbols, section switches) have no instruction the
// engine could be given, so they are reported instead of dropped.
// Symbolic operands are resolved afterwards: labels of the statement to
// instruction indices, asm goto labels to blocks, other names to globals.
//
//===----------------------------------------------------------------------===//
#include "InlineAsm.h"
#include "InlineAsmOperands.h"

#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCObjectFileInfo.h"
#include "llvm/MC/MCParser/MCAsmParser.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSymbol.h"
#include "llvm/MC/MCValue.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Target/TargetMachine.h"

#include <map>

using namespace llvm;
using namespace verifiable;

namespace {

/// One instruction of the statement as the parser emitted it: an MCInst,
/// or raw bytes written as data (`.8byte`), which the selftests use for
/// encodings the assembler does not spell.
struct StreamedItem {
  MCInst Inst;
  std::string Raw;
};

/// Collects the instructions, raw instruction bytes and labels the parser
/// emits; anything else is recorded as the first thing the statement does
/// that has no instruction.
class CollectingStreamer : public MCStreamer {
public:
  CollectingStreamer(MCContext &Ctx, bool LittleEndian)
      : MCStreamer(Ctx), LittleEndian(LittleEndian) {}

  std::vector<StreamedItem> Items;
  std::map<const MCSymbol *, unsigned> Labels;
  std::string Unsupported;
  bool SectionSet = false;

  void emitInstruction(const MCInst &Inst, const MCSubtargetInfo &) override {
    flushBytes();
    Items.push_back({Inst, ""});
  }
  void emitLabel(MCSymbol *Symbol, SMLoc Loc) override {
    flushBytes();
    MCStreamer::emitLabel(Symbol, Loc);
    Labels[Symbol] = Items.size();
  }
  void finishImpl() override { flushBytes(); }
  void changeSection(MCSection *Section, uint32_t Subsection) override {
    if (SectionSet)
      unsupported("a section switch");
    SectionSet = true;
    MCStreamer::changeSection(Section, Subsection);
  }
  void emitBytes(StringRef Data) override { Bytes += Data; }
  void emitIntValue(uint64_t Value, unsigned Size) override {
    if (Size > 8)
      return unsupported("a data value wider than 8 bytes");
    for (unsigned K = 0; K < Size; ++K) {
      unsigned Shift = 8 * (LittleEndian ? K : Size - 1 - K);
      Bytes += static_cast<char>((Value >> Shift) & 0xff);
    }
  }
  void emitValueImpl(const MCExpr *Value, unsigned Size, SMLoc) override {
    int64_t V;
    if (!Value->evaluateAsAbsolute(V))
      return unsupported("a data value that is not a number");
    emitIntValue(static_cast<uint64_t>(V), Size);
  }
  bool emitSymbolAttribute(MCSymbol *, MCSymbolAttr) override {
    unsupported("a symbol directive");
    return true;
  }
  void emitCommonSymbol(MCSymbol *, uint64_t, Align) override {
    unsupported("a common symbol");
  }
  void emitAssignment(MCSymbol *, const MCExpr *) override {
    unsupported("a symbol assignment");
  }
  void emitZerofill(MCSection *, MCSymbol *, uint64_t, Align, SMLoc) override {
    unsupported("data (zero fill)");
  }
  void emitIntValue(const APInt &) override {
    unsupported("a data value wider than 8 bytes");
  }
  void emitULEB128Value(const MCExpr *) override {
    unsupported("a data value");
  }
  void emitSLEB128Value(const MCExpr *) override {
    unsupported("a data value");
  }
  void emitFill(const MCExpr &, uint64_t, SMLoc) override {
    unsupported("data (fill)");
  }
  void emitFill(const MCExpr &, int64_t, int64_t, SMLoc) override {
    unsupported("data (fill)");
  }
  void emitValueToAlignment(Align, int64_t, uint8_t, unsigned) override {
    unsupported("an alignment directive");
  }
  void emitCodeAlignment(Align, const MCSubtargetInfo *, unsigned) override {
    unsupported("an alignment directive");
  }
  void emitValueToOffset(const MCExpr *, unsigned char, SMLoc) override {
    unsupported("an offset directive");
  }

private:
  void unsupported(const char *What) {
    if (Unsupported.empty())
      Unsupported = What;
  }
  /// Data written between instructions must be whole instructions: 8 bytes,
  /// or 16 for a ld_imm64 (opcode 0x18).
  void flushBytes() {
    size_t K = 0;
    while (K + 8 <= Bytes.size()) {
      size_t Len = static_cast<uint8_t>(Bytes[K]) == 0x18 ? 16 : 8;
      if (K + Len > Bytes.size())
        break;
      Items.push_back({MCInst(), Bytes.substr(K, Len)});
      K += Len;
    }
    if (K != Bytes.size())
      unsupported("data that is not whole BPF instructions");
    Bytes.clear();
  }

  bool LittleEndian;
  std::string Bytes;
};

/// Assembles one statement; holds the MC objects it needs.
class StatementAssembler {
public:
  StatementAssembler(const MachineInstr &MI, const TargetMachine &TM)
      : MI(MI), TM(TM) {}

  AssembledAsm run();

private:
  bool parse(const SubstitutedAsm &S);
  bool resolve(const SubstitutedAsm &S, const CollectingStreamer &Out);
  bool resolveOperand(MCOperand &Op, AsmInstruction &I, const SubstitutedAsm &S,
                      const CollectingStreamer &Out);
  bool fail(const Twine &Why);

  const MachineInstr &MI;
  const TargetMachine &TM;
  AssembledAsm R;
  std::string ParseError;
};

} // namespace

/// The statement's text on one line, short enough for a remark.
static std::string quoted(StringRef Text) {
  std::string Line;
  for (char C : Text.trim()) {
    if (C == '\n' || C == '\r')
      Line += "; ";
    else if (C != '\t')
      Line += C;
  }
  if (Line.size() > 80)
    Line = Line.substr(0, 77) + "...";
  return "'" + Line + "'";
}

std::string verifiable::describeInlineAsm(const MachineInstr &MI) {
  std::string Where = "inline assembly";
  if (const DILocation *DL = MI.getDebugLoc().get())
    Where +=
        " at " + DL->getFilename().str() + ":" + std::to_string(DL->getLine());
  StringRef Text = MI.getOperand(InlineAsm::MIOp_AsmString).getSymbolName();
  return Where + " " + quoted(Text);
}

bool StatementAssembler::fail(const Twine &Why) {
  R.Problem = describeInlineAsm(MI) + ": " + Why.str();
  R.Insns.clear();
  return false;
}

bool StatementAssembler::parse(const SubstitutedAsm &S) {
  const Target &T = TM.getTarget();
  const MCSubtargetInfo &STI = MI.getMF()->getSubtarget();
  SourceMgr SrcMgr;
  SrcMgr.AddNewSourceBuffer(MemoryBuffer::getMemBufferCopy(S.Text, "<asm>"),
                            SMLoc());
  // The first error, with the asm line it is about.
  auto Record = [this](const SMDiagnostic &D) {
    if (D.getKind() != SourceMgr::DK_Error || !ParseError.empty())
      return;
    ParseError = "the BPF assembler rejects " + quoted(D.getLineContents()) +
                 ": " + D.getMessage().str();
  };
  SrcMgr.setDiagHandler(
      [](const SMDiagnostic &D, void *Ctx) {
        (*static_cast<decltype(Record) *>(Ctx))(D);
      },
      &Record);

  MCContext Ctx(TM.getTargetTriple(), TM.getMCAsmInfo(), TM.getMCRegisterInfo(),
                &STI, &SrcMgr, &TM.Options.MCOptions);
  Ctx.setDiagnosticHandler(
      [&Record](const SMDiagnostic &D, bool, const SourceMgr &,
                std::vector<const MDNode *> &) { Record(D); });
  MCObjectFileInfo MOFI;
  MOFI.initMCObjectFileInfo(Ctx, /*PIC=*/false);
  Ctx.setObjectFileInfo(&MOFI);

  CollectingStreamer Out(Ctx, TM.getMCAsmInfo()->isLittleEndian());
  std::unique_ptr<MCAsmParser> Parser(
      createMCAsmParser(SrcMgr, Ctx, Out, *TM.getMCAsmInfo()));
  std::unique_ptr<MCTargetAsmParser> TAP(T.createMCAsmParser(
      STI, *Parser, *TM.getMCInstrInfo(), TM.Options.MCOptions));
  if (!TAP)
    return fail("the BPF target has no assembly parser registered");
  Parser->setTargetParser(*TAP);
  bool Failed = Parser->Run(/*NoInitialTextSection=*/false);
  if (!ParseError.empty())
    return fail(ParseError);
  if (Failed || Ctx.hadError())
    return fail("the BPF assembler rejects the statement");
  if (!Out.Unsupported.empty())
    return fail("the statement holds " + Out.Unsupported +
                ", not only instructions");
  return resolve(S, Out);
}

bool StatementAssembler::resolveOperand(MCOperand &Op, AsmInstruction &I,
                                        const SubstitutedAsm &S,
                                        const CollectingStreamer &Out) {
  if (!Op.isExpr())
    return true;
  const MCExpr *E = Op.getExpr();
  int64_t Value;
  if (E->evaluateAsAbsolute(Value)) {
    Op = MCOperand::createImm(Value);
    return true;
  }
  MCValue V;
  if (!E->evaluateAsRelocatable(V, nullptr) || V.getSubSym() ||
      V.getSpecifier() || !V.getAddSym())
    return fail("an operand expression is neither a number nor a name");
  const MCSymbol *Sym = V.getAddSym();
  Op = MCOperand::createImm(0);
  if (auto It = Out.Labels.find(Sym); It != Out.Labels.end()) {
    if (V.getConstant())
      return fail("a jump to '" + Sym->getName() + "' plus an offset");
    I.TargetIndex = static_cast<int>(It->second);
    return true;
  }
  StringRef Name = Sym->getName();
  if (auto It = S.Blocks.find(Name.str()); It != S.Blocks.end()) {
    if (V.getConstant())
      return fail("a jump to an asm goto label plus an offset");
    I.TargetBlock = It->second;
    return true;
  }
  const Module *M = MI.getMF()->getFunction().getParent();
  if (const GlobalValue *GV = M->getNamedValue(Name)) {
    I.Global = GV;
    I.Addend = V.getConstant();
    return true;
  }
  return fail("'" + Name +
              "' is neither a label of the statement nor a global of the "
              "module");
}

bool StatementAssembler::resolve(const SubstitutedAsm &S,
                                 const CollectingStreamer &Out) {
  for (const StreamedItem &Item : Out.Items) {
    AsmInstruction I;
    I.Inst = Item.Inst;
    I.Raw = Item.Raw;
    for (MCOperand &Op : I.Inst)
      if (!resolveOperand(Op, I, S, Out))
        return false;
    R.Insns.push_back(std::move(I));
  }
  return true;
}

AssembledAsm StatementAssembler::run() {
  SubstitutedAsm S = substituteAsmOperands(MI, *TM.getMCRegisterInfo());
  if (!S.Problem.empty()) {
    fail(S.Problem);
    return R;
  }
  // An empty statement (a compiler barrier such as libbpf's barrier_var)
  // emits nothing: the kernel sees no instruction there.
  if (StringRef(S.Text).trim().empty())
    return R;
  parse(S);
  return R;
}

AssembledAsm verifiable::assembleInlineAsm(const MachineInstr &MI,
                                           const TargetMachine &TM) {
  return StatementAssembler(MI, TM).run();
}

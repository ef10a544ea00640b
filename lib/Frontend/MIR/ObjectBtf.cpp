//===- ObjectBtf.cpp - The object's own BTF, as BTFDebug emits it ---------===//
//
// The handler is appended to the AsmPrinter's handlers after
// doInitialization, so BTFDebug (added there) ends the module first and has
// emitted .BTF and .BTF.ext when this one copies them out of the object
// streamer's fragments, before the streamer is finished and reset. The
// AsmPrinter drops it, as it drops its own handlers, once the module ends.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/ObjectBtf.h"

#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/AsmPrinterHandler.h"
#include "llvm/IR/LegacyPassManagers.h"
#include "llvm/MC/MCAssembler.h"
#include "llvm/MC/MCSection.h"
#include "llvm/MC/MCStreamer.h"

using namespace llvm;
using namespace verifiable;

namespace {

/// The bytes of \p Sec; false when part of it is laid out only later
/// (anything but plain data after the start).
bool copySection(const MCSection &Sec, std::vector<uint8_t> &Out) {
  Out.clear();
  for (const MCFragment &F : Sec) {
    ArrayRef<char> Fixed = F.getContents();
    Out.insert(Out.end(), Fixed.begin(), Fixed.end());
    if (F.getKind() == MCFragment::FT_Data) {
      ArrayRef<char> Var = F.getVarContents();
      Out.insert(Out.end(), Var.begin(), Var.end());
      continue;
    }
    // Aligning the start of the section adds nothing.
    if (F.getKind() == MCFragment::FT_Align && Out.empty())
      continue;
    Out.clear();
    return false;
  }
  return true;
}

class SectionCopier : public AsmPrinterHandler {
public:
  SectionCopier(AsmPrinter &AP, std::shared_ptr<ObjectBtf::Sections> Copy)
      : AP(AP), Copy(std::move(Copy)) {}

  void endModule() override {
    Copy->Finished = true;
    MCAssembler *Asm = AP.OutStreamer->getAssemblerPtr();
    if (!Asm)
      return;
    for (const MCSection &Sec : *Asm) {
      if (Sec.getName() == ".BTF" && !copySection(Sec, Copy->Btf))
        Copy->BtfExt.clear();
      else if (Sec.getName() == ".BTF.ext")
        copySection(Sec, Copy->BtfExt);
    }
  }
  void beginFunction(const MachineFunction *) override {}
  void endFunction(const MachineFunction *) override {}

private:
  AsmPrinter &AP;
  std::shared_ptr<ObjectBtf::Sections> Copy;
};

/// The AsmPrinter's handlers. The list is open to the targets' printers
/// only, and addAsmPrinterHandler() puts a handler before the target's
/// own, so BTFDebug would end the module after it: a derived class names
/// the list, and the copier goes last.
struct HandlerList : AsmPrinter {
  static SmallVectorImpl<std::unique_ptr<AsmPrinterHandler>> &
  of(AsmPrinter &AP) {
    return AP.*(&HandlerList::Handlers);
  }
};

} // namespace

bool ObjectBtf::attach(Pass &MachinePass) {
  if (Attached)
    return true;
  AnalysisResolver *Resolver = MachinePass.getResolver();
  if (!Resolver)
    return false;
  PMDataManager &PMD = Resolver->getPMDataManager();
  if (PMD.getPassManagerType() != PMT_FunctionPassManager)
    return false;
  auto &FPM = static_cast<FPPassManager &>(PMD);
  bool After = false;
  for (unsigned I = 0, N = FPM.getNumContainedPasses(); I < N; ++I) {
    FunctionPass *P = FPM.getContainedPass(I);
    if (P == &MachinePass) {
      After = true;
      continue;
    }
    // Every target's AsmPrinter names itself "<Target> Assembly Printer".
    if (!After || !P->getPassName().ends_with("Assembly Printer"))
      continue;
    auto *AP = static_cast<AsmPrinter *>(P);
    HandlerList::of(*AP).push_back(std::make_unique<SectionCopier>(*AP, Copy));
    Attached = true;
    return true;
  }
  return false;
}

void ObjectBtf::reset() {
  Copy = std::make_shared<Sections>();
  Attached = false;
}

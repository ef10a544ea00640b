//===- SourceDiagnostics.cpp - Transform diagnostics at C lines -----------===//
//
// Notes read the source file named by the debug location into a SourceMgr
// so that clang can show the line; without a readable file the position is
// kept in the text.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/SourceDiagnostics.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace llvm;
using namespace verifiable;

DiagnosticLocation verifiable::definitionOf(const Function &F) {
  if (const DISubprogram *SP = F.getSubprogram())
    return DiagnosticLocation(SP);
  return DiagnosticLocation();
}

void verifiable::reportAt(const Function &F, const DiagnosticLocation &Loc,
                          DiagnosticSeverity Severity, const Twine &Message) {
  F.getContext().diagnose(DiagnosticInfoUnsupported(F, Message, Loc, Severity));
}

void verifiable::noteAt(const Function &F, const DiagnosticLocation &Loc,
                        const Twine &Message) {
  std::string Text = Message.str();
  SourceMgr Sources;
  SMLoc At;
  if (Loc.isValid()) {
    SmallString<256> Path(Loc.getRelativePath());
    if (!sys::path::is_absolute(Path) && !Loc.getAbsolutePath().empty())
      Path = Loc.getAbsolutePath();
    if (auto File = MemoryBuffer::getFile(Path)) {
      unsigned Id = Sources.AddNewSourceBuffer(
          MemoryBuffer::getMemBufferCopy((*File)->getBuffer(),
                                         Loc.getRelativePath()),
          SMLoc());
      At = Sources.FindLocForLineAndColumn(
          Id, Loc.getLine(), Loc.getColumn() ? Loc.getColumn() : 1);
    }
  }
  SMDiagnostic Note =
      At.isValid()
          ? Sources.GetMessage(At, SourceMgr::DK_Note, Text)
          : SMDiagnostic(
                Loc.isValid() ? Loc.getRelativePath() : "", SourceMgr::DK_Note,
                Loc.isValid() ? Loc.getRelativePath().str() + ":" +
                                    std::to_string(Loc.getLine()) + ": " + Text
                              : Text);
  F.getContext().diagnose(DiagnosticInfoSrcMgr(Note, F.getParent()->getName(),
                                               /*InlineAsmDiag=*/false));
}

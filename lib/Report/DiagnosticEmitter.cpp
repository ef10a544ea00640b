//===- DiagnosticEmitter.cpp - Findings as compiler diagnostics -----------===//
//
// A rejection becomes a DiagnosticInfoUnsupported at the instruction's
// DILocation, which clang prints at the C source line with its own source
// snippet. Notes are SourceMgr diagnostics over a copy of the source file,
// the one LLVM diagnostic kind clang prints as "file:line:col: note:". The
// first line of a rejection always carries the kernel's own message text.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Report/DiagnosticEmitter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;
using namespace verifiable;

const char *const verifiable::RemarkPassName = "verifiable";

/// " on Linux 6.1", or nothing for the compile's only kernel.
static std::string onKernel(const std::string &Kernel) {
  return Kernel.empty() ? "" : " on " + Kernel;
}

static std::string rejectionText(const Finding &F, const std::string &Kernel) {
  if (F.ByLoader)
    return "libbpf would fail to load program '" + F.Program + "'" +
           onKernel(Kernel) + ": " + F.Message;
  return "BPF verifier" + (Kernel.empty() ? std::string() : " of " + Kernel) +
         " would reject program '" + F.Program + "': " + F.Message;
}

void DiagnosticEmitter::emit(const Finding &F, const Function &Entry) {
  const DILocation *DL = Lookup(F.Function, F.InsnIndex);
  DiagnosticLocation Loc =
      DL ? DiagnosticLocation(DL) : DiagnosticLocation(Entry.getSubprogram());
  const BasicBlock *Region = &Entry.getEntryBlock();
  switch (F.V) {
  case Verdict::Reject:
    emitRejection(F, Entry, Loc);
    return;
  case Verdict::Unknown:
    Ctx.diagnose(
        OptimizationRemarkAnalysis(RemarkPassName, "Unknown", Loc, Region)
        << "cannot predict the verifier's verdict on program '" << F.Program
        << "'" << onKernel(Kernel) << ": " << F.Message);
    return;
  case Verdict::Accept:
    Ctx.diagnose(
        OptimizationRemark(RemarkPassName, "Accept",
                           DiagnosticLocation(Entry.getSubprogram()), Region)
        << "program '" << F.Program << "' passes" << onKernel(Kernel) << ": "
        << std::to_string(F.ProcessedInsns) << " of "
        << std::to_string(F.InsnBudget) << " instructions processed, peak "
        << std::to_string(F.PeakStates) << " states");
    if (!F.KnobRejection.Text.empty())
      emitKnobWarning(F, Entry);
    return;
  }
}

void DiagnosticEmitter::emitRejection(const Finding &F, const Function &Entry,
                                      const DiagnosticLocation &Loc) {
  std::string Text = rejectionText(F, Kernel);
  if (Severity == RejectSeverity::Remark) {
    Ctx.diagnose(OptimizationRemarkAnalysis(RemarkPassName, "Reject", Loc,
                                            &Entry.getEntryBlock())
                 << Text);
  } else {
    Ctx.diagnose(DiagnosticInfoUnsupported(
        Entry, Text, Loc,
        Severity == RejectSeverity::Error ? DS_Error : DS_Warning));
  }
  if (Severity != RejectSeverity::Remark)
    for (const FindingNote &N : F.Notes)
      emitNote(N, Entry);
}

void DiagnosticEmitter::emitKnobWarning(const Finding &F,
                                        const Function &Entry) {
  std::string Knobs;
  for (const std::string &K : F.KnobsRead)
    Knobs += (Knobs.empty() ? "'" : ", '") + K + "'";
  std::string Text = "program '" + F.Program + "' passes" + onKernel(Kernel) +
                     " with the initial values of " + Knobs +
                     "; the BPF verifier would reject it if the loader set "
                     "them otherwise: " +
                     F.KnobRejection.Text;
  DiagnosticLocation Loc(Entry.getSubprogram());
  if (Severity == RejectSeverity::Remark) {
    Ctx.diagnose(OptimizationRemarkAnalysis(RemarkPassName, "KnobReject", Loc,
                                            &Entry.getEntryBlock())
                 << Text);
    return;
  }
  Ctx.diagnose(DiagnosticInfoUnsupported(Entry, Text, Loc, DS_Warning));
  FindingNote At = F.KnobRejection;
  At.Text = "with other values of the knobs the kernel rejects this";
  emitNote(At, Entry);
}

/// The path clang would open for a DILocation's file.
static std::string sourcePath(const bpf::SourceLoc &L) {
  if (sys::path::is_absolute(L.File) || L.Directory.empty())
    return L.File;
  SmallString<256> P(L.Directory);
  sys::path::append(P, L.File);
  return std::string(P);
}

void DiagnosticEmitter::emitNote(const FindingNote &N, const Function &Entry) {
  bpf::SourceLoc L = N.Loc;
  if (N.InsnIndex >= 0 && !N.Function.empty())
    if (const DILocation *DL = Lookup(N.Function, N.InsnIndex)) {
      L.File = DL->getFilename().str();
      L.Directory = DL->getDirectory().str();
      L.Line = DL->getLine();
      L.Column = DL->getColumn();
    }

  unsigned Buffer = 0;
  if (L.isValid()) {
    for (unsigned I = 1; I <= Sources.getNumBuffers(); ++I)
      if (Sources.getMemoryBuffer(I)->getBufferIdentifier() == L.File)
        Buffer = I;
    if (!Buffer)
      if (auto File = MemoryBuffer::getFile(sourcePath(L))) {
        auto Copy =
            MemoryBuffer::getMemBufferCopy((*File)->getBuffer(), L.File);
        Buffer = Sources.AddNewSourceBuffer(std::move(Copy), SMLoc());
      }
  }

  SMLoc At;
  if (Buffer)
    At = Sources.FindLocForLineAndColumn(Buffer, L.Line,
                                         L.Column ? L.Column : 1);
  if (At.isValid()) {
    Notes.push_back(Sources.GetMessage(At, SourceMgr::DK_Note, N.Text));
  } else {
    // No readable source: keep the position in the text.
    std::string Text = L.isValid() ? L.str() + ": " + N.Text : N.Text;
    Notes.push_back(SMDiagnostic(L.File, SourceMgr::DK_Note, Text));
  }
  Ctx.diagnose(DiagnosticInfoSrcMgr(Notes.back(), Entry.getParent()->getName(),
                                    /*InlineAsmDiag=*/false));
}

//===- DiagnosticEmitter.h - Findings as compiler diagnostics --*- C++ -*-===//
//
// Turns the engine's findings into LLVM diagnostics that clang prints at the
// C source line: an error (or warning) for a predicted rejection with notes
// that explain it, an analysis remark when the verdict is unknown, and a
// remark with the cost when a program is accepted.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_REPORT_DIAGNOSTICEMITTER_H
#define VERIFIABLE_REPORT_DIAGNOSTICEMITTER_H

#include "verifiable/Analysis/Finding.h"

#include "llvm/Support/SourceMgr.h"

#include <functional>
#include <list>

namespace llvm {
class DiagnosticLocation;
class DILocation;
class Function;
class LLVMContext;
} // namespace llvm

namespace verifiable {

enum class RejectSeverity { Error, Warning, Remark };

/// Name of the pass in remarks: -Rpass=verifiable, -Rpass-analysis=verifiable.
extern const char *const RemarkPassName;

class DiagnosticEmitter {
public:
  /// Maps a (function, instruction index) to the DILocation it came from.
  using LocationLookup =
      std::function<const llvm::DILocation *(const std::string &, int)>;

  DiagnosticEmitter(llvm::LLVMContext &Ctx, RejectSeverity Severity,
                    LocationLookup Lookup)
      : Ctx(Ctx), Severity(Severity), Lookup(std::move(Lookup)) {}

  /// Reports \p F, a finding about the program whose entry is \p Entry.
  void emit(const Finding &F, const llvm::Function &Entry);

  /// The kernel the findings that follow are for ("Linux 6.1", "the
  /// running kernel"); the messages then name it ("BPF verifier of Linux
  /// 6.1 would reject ..."). Empty (the default): the one kernel of the
  /// compile, not named.
  void setKernel(std::string Label) { Kernel = std::move(Label); }

private:
  void emitRejection(const Finding &F, const llvm::Function &Entry,
                     const llvm::DiagnosticLocation &Loc);
  void emitNote(const FindingNote &N, const llvm::Function &Entry);
  /// An accept that holds only for the knobs' initial values.
  void emitKnobWarning(const Finding &F, const llvm::Function &Entry);

  llvm::LLVMContext &Ctx;
  RejectSeverity Severity;
  LocationLookup Lookup;
  std::string Kernel;
  /// Source buffers that notes point into; they must outlive the diagnostics.
  llvm::SourceMgr Sources;
  std::list<llvm::SMDiagnostic> Notes;
};

} // namespace verifiable

#endif

//===- SourceDiagnostics.h - Transform diagnostics at C lines ---*- C++ -*-===//
//
// The IR transforms report problems they find in the user's program (a
// callback whose parameters do not fit, a context passed inconsistently) and
// their own internal errors. clang prints these at the C source line: errors
// and warnings through DiagnosticInfoUnsupported, notes through a SourceMgr
// diagnostic, the one LLVM diagnostic kind clang shows as "note:".
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_SOURCEDIAGNOSTICS_H
#define VERIFIABLE_TRANSFORMS_SOURCEDIAGNOSTICS_H

#include "llvm/ADT/Twine.h"
#include "llvm/IR/DiagnosticInfo.h"

namespace llvm {
class DILocation;
class DISubprogram;
class Function;
} // namespace llvm

namespace verifiable {

/// The location of \p F's definition (its DISubprogram), or none.
llvm::DiagnosticLocation definitionOf(const llvm::Function &F);

/// An error or a warning in \p F at \p Loc.
void reportAt(const llvm::Function &F, const llvm::DiagnosticLocation &Loc,
              llvm::DiagnosticSeverity Severity, const llvm::Twine &Message);

/// A note at \p Loc, printed after the preceding error or warning.
void noteAt(const llvm::Function &F, const llvm::DiagnosticLocation &Loc,
            const llvm::Twine &Message);

} // namespace verifiable

#endif

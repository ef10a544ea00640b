//===- SignatureAudit.h - Do IR signatures still match the C ones? -*- C++ -*-//
//
// BTF describes each function with its C prototype (from the DISubprogram),
// while the optimizer may have dropped parameters or the return value. This
// pass compares the two for every function that reaches codegen and reports
// each mismatch: its BTF would lie about R1..R5 or R0. With the -Overifiable
// transforms on, a mismatch means a pass they did not stop changed a
// signature, and is an internal error; in check-only mode it is a remark.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_SIGNATUREAUDIT_H
#define VERIFIABLE_TRANSFORMS_SIGNATUREAUDIT_H

#include "llvm/IR/PassManager.h"

#include <string>

namespace verifiable {

/// Why \p F's IR signature differs from its debug-info prototype, or "" when
/// they agree (or \p F has no debug info).
std::string signatureMismatch(const llvm::Function &F);

class SignatureAuditPass : public llvm::PassInfoMixin<SignatureAuditPass> {
public:
  /// \p Strict: report mismatches as internal errors, not remarks.
  explicit SignatureAuditPass(bool Strict = false) : Strict(Strict) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  bool Strict;
};

} // namespace verifiable

#endif

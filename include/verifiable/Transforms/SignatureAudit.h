//===- SignatureAudit.h - Do IR signatures still match the C ones? -*- C++ -*-//
//
// BTF describes each function with its C prototype (from the DISubprogram),
// while the optimizer may have dropped parameters or the return value. This
// pass compares the two for every function that reaches codegen and reports
// each mismatch: its BTF would lie about R1..R5 or R0.
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
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace verifiable

#endif

//===- SignatureAudit.cpp - Do IR signatures still match the C ones? ------===//
//
// Compares parameter count and the presence of a return value, the two
// things dead-argument elimination, argument promotion and return-value
// removal change. Each mismatch is an analysis remark
// (-Rpass-analysis=verifiable) at the function's definition.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/SignatureAudit.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace verifiable;

std::string verifiable::signatureMismatch(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP || !SP->getType() || F.isDeclaration())
    return "";
  DITypeRefArray Types = SP->getType()->getTypeArray();
  if (Types.size() == 0)
    return "";
  std::string Why;
  unsigned CParams = Types.size() - 1;
  // A trailing null type marks a variadic C function.
  if (CParams && !Types[CParams])
    --CParams;
  if (CParams != F.arg_size())
    Why = "has " + std::to_string(F.arg_size()) + " parameters in code but " +
          std::to_string(CParams) + " in C";
  bool CReturns = Types[0] != nullptr;
  bool IRReturns = !F.getReturnType()->isVoidTy();
  if (CReturns != IRReturns) {
    if (!Why.empty())
      Why += ", and ";
    Why += CReturns ? "lost its return value" : "gained a return value";
  }
  if (SP->getType()->getCC() == dwarf::DW_CC_nocall) {
    if (!Why.empty())
      Why += ", and ";
    Why += "is marked DW_CC_nocall";
  }
  return Why;
}

PreservedAnalyses SignatureAuditPass::run(Module &M, ModuleAnalysisManager &) {
  if (!M.getTargetTriple().isBPF())
    return PreservedAnalyses::all();
  for (Function &F : M) {
    std::string Why = signatureMismatch(F);
    if (Why.empty())
      continue;
    M.getContext().diagnose(
        OptimizationRemarkAnalysis("verifiable", "SignatureMismatch", &F)
        << "BTF of '" << F.getName() << "' does not match its code: it "
        << Why);
  }
  return PreservedAnalyses::all();
}

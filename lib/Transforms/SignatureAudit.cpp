//===- SignatureAudit.cpp - Do IR signatures still match the C ones? ------===//
//
// Compares parameter count, whether each parameter is a pointer, and the
// presence of a return value: what dead-argument elimination, argument
// promotion and return-value removal change. A subprogram marked
// DW_CC_nocall (DAE's mark for a changed signature) is a mismatch too. Each
// mismatch is an analysis remark (-Rpass-analysis=verifiable) at the
// function's definition, or in strict mode an internal error there.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/SignatureAudit.h"
#include "verifiable/Transforms/DITypes.h"
#include "verifiable/Transforms/SourceDiagnostics.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace verifiable;

/// How a C parameter travels: in a register as a pointer or as a scalar;
/// aggregates may be coerced or passed by reference, so they are not
/// compared.
enum class ParamKind { Pointer, Scalar, Aggregate };

static ParamKind kindOf(const DIType *T) {
  T = stripTypedefs(T);
  if (const auto *D = dyn_cast_or_null<DIDerivedType>(T))
    return D->getTag() == dwarf::DW_TAG_pointer_type ? ParamKind::Pointer
                                                     : ParamKind::Aggregate;
  if (isa_and_nonnull<DIBasicType>(T))
    return ParamKind::Scalar;
  if (const auto *C = dyn_cast_or_null<DICompositeType>(T))
    return C->getTag() == dwarf::DW_TAG_enumeration_type ? ParamKind::Scalar
                                                         : ParamKind::Aggregate;
  return ParamKind::Aggregate;
}

static void append(std::string &Why, const std::string &What) {
  if (!Why.empty())
    Why += ", and ";
  Why += What;
}

/// Is \p T an aggregate of size zero? The BPF ABI passes none of it.
static bool isEmptyAggregate(const DIType *T) {
  return kindOf(T) == ParamKind::Aggregate && T &&
         stripTypedefs(T)->getSizeInBits() == 0 &&
         isa<DICompositeType>(stripTypedefs(T));
}

std::string verifiable::signatureMismatch(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP || !SP->getType() || F.isDeclaration())
    return "";
  DITypeRefArray Types = SP->getType()->getTypeArray();
  if (Types.size() == 0)
    return "";
  std::string Why;
  unsigned NumTypes = Types.size();
  // A trailing null type marks a variadic C function.
  if (NumTypes > 1 && !Types[NumTypes - 1])
    --NumTypes;
  // The C parameters that occupy a register, as the BPF ABI lowers them:
  // empty aggregates take none.
  SmallVector<const DIType *, 5> CParams;
  for (unsigned I = 1; I < NumTypes; ++I)
    if (!isEmptyAggregate(Types[I]))
      CParams.push_back(Types[I]);
  // The IR parameters, without the hidden one for an aggregate result.
  SmallVector<const Argument *, 5> IRParams;
  for (const Argument &A : F.args())
    if (!A.hasStructRetAttr())
      IRParams.push_back(&A);
  if (CParams.size() != IRParams.size()) {
    append(Why, "has " + std::to_string(IRParams.size()) +
                    " parameters in code but " +
                    std::to_string(CParams.size()) + " in C");
  } else {
    for (unsigned I = 0; I < CParams.size(); ++I) {
      ParamKind C = kindOf(CParams[I]);
      bool IRPointer = IRParams[I]->getType()->isPointerTy();
      if (C == ParamKind::Pointer && !IRPointer)
        append(Why, "parameter " + std::to_string(I + 1) +
                        " is a pointer in C but not in code");
      else if (C == ParamKind::Scalar && IRPointer)
        append(Why, "parameter " + std::to_string(I + 1) +
                        " is a pointer in code but not in C");
    }
  }
  bool CReturns = Types[0] != nullptr && !isEmptyAggregate(Types[0]);
  bool IRReturns = !F.getReturnType()->isVoidTy() || F.hasStructRetAttr();
  if (CReturns != IRReturns)
    append(Why, CReturns ? "lost its return value" : "gained a return value");
  if (SP->getType()->getCC() == dwarf::DW_CC_nocall)
    append(Why, "is marked DW_CC_nocall");
  return Why;
}

PreservedAnalyses SignatureAuditPass::run(Module &M, ModuleAnalysisManager &) {
  if (!M.getTargetTriple().isBPF())
    return PreservedAnalyses::all();
  for (Function &F : M) {
    std::string Why = signatureMismatch(F);
    if (Why.empty())
      continue;
    if (Strict) {
      reportAt(F, definitionOf(F), DS_Error,
               "internal error: verifiable: the optimizer changed the "
               "signature of '" +
                   F.getName() + "', so its BTF would not match its code: it " +
                   Why);
      continue;
    }
    M.getContext().diagnose(
        OptimizationRemarkAnalysis("verifiable", "SignatureMismatch", &F)
        << "BTF of '" << F.getName() << "' does not match its code: it "
        << Why);
  }
  return PreservedAnalyses::all();
}

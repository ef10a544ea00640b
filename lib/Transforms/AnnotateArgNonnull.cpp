//===- AnnotateArgNonnull.cpp - Tag never-NULL pointer params -------------===//
//
// Runs on the final IR, after arg:ctx inference. Non-NULL at a call is
// ValueTracking's isKnownNonZero at that call (which uses dominating NULL
// checks), or a parameter already tagged (or being tagged) arg:nonnull;
// tags are added in rounds until no more parameters qualify. Parameters
// that the body compares with NULL, that are not dereferenced, or whose C
// type is not a pointer to a sized type (void *, context pointers) are not
// touched: the tag would not change the kernel's verdict on them.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/AnnotateArgNonnull.h"
#include "verifiable/Transforms/DITypes.h"
#include "verifiable/Transforms/DeclTags.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace verifiable;

static constexpr StringLiteral NonnullTag = "arg:nonnull";

namespace {

using Param = std::pair<const Function *, unsigned>;

/// Does \p F read or write memory through \p A, or pass it on to another
/// global function (which may need it non-NULL), without ever comparing a
/// pointer derived from it with NULL?
bool dereferencedUnchecked(const Function &F, const Argument &A) {
  bool Dereferenced = false;
  for (const Instruction &I : instructions(F)) {
    if (const auto *Cmp = dyn_cast<ICmpInst>(&I)) {
      for (const Value *Op : Cmp->operands())
        if (Op->getType()->isPointerTy() && getUnderlyingObject(Op) == &A &&
            (isa<ConstantPointerNull>(Cmp->getOperand(0)) ||
             isa<ConstantPointerNull>(Cmp->getOperand(1))))
          return false;
      continue;
    }
    if (const Value *Ptr = getLoadStorePointerOperand(&I))
      Dereferenced |= getUnderlyingObject(Ptr) == &A;
    if (const auto *CB = dyn_cast<CallBase>(&I))
      if (const Function *Callee = CB->getCalledFunction())
        if (!Callee->isDeclaration() && !Callee->hasLocalLinkage())
          for (const Value *Op : CB->args())
            Dereferenced |=
                Op->getType()->isPointerTy() && getUnderlyingObject(Op) == &A;
  }
  return Dereferenced;
}

/// Does the C type of \p F's parameter \p ArgNo point to something sized?
bool pointsToSized(const Function &F, unsigned ArgNo) {
  const DIType *T = paramType(F.getSubprogram(), ArgNo);
  return isPointerType(T) && byteSize(pointeeOf(T)).has_value();
}

bool hasArgTag(const Function &F, unsigned ArgNo) {
  const DILocalVariable *V = findParamVariable(F, ArgNo);
  if (!V || !V->getAnnotations())
    return false;
  for (const Metadata *Op : V->getAnnotations()->operands())
    if (const auto *Pair = dyn_cast_or_null<MDNode>(Op))
      if (Pair->getNumOperands() == 2)
        if (const auto *Val = dyn_cast_or_null<MDString>(Pair->getOperand(1)))
          if (Val->getString().starts_with("arg:"))
            return true;
  return false;
}

} // namespace

PreservedAnalyses AnnotateArgNonnullPass::run(Module &M,
                                              ModuleAnalysisManager &MAM) {
  if (!M.getTargetTriple().isBPF())
    return PreservedAnalyses::all();
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();

  // Candidates: parameters of global functions called only directly.
  DenseMap<Param, SmallVector<CallBase *, 4>> Sites;
  for (Function &F : M) {
    if (F.isDeclaration() || F.hasLocalLinkage() || F.hasSection() ||
        !F.getSubprogram())
      continue;
    SmallVector<CallBase *, 4> Calls;
    bool OnlyCalled = true;
    for (Use &U : F.uses()) {
      auto *CB = dyn_cast<CallBase>(U.getUser());
      if (!CB || !CB->isCallee(&U) ||
          CB->getFunctionType() != F.getFunctionType()) {
        OnlyCalled = false;
        break;
      }
      Calls.push_back(CB);
    }
    if (!OnlyCalled || Calls.empty())
      continue;
    for (Argument &A : F.args())
      if (A.getType()->isPointerTy() && !hasArgTag(F, A.getArgNo()) &&
          pointsToSized(F, A.getArgNo()) && dereferencedUnchecked(F, A))
        Sites[{&F, A.getArgNo()}] = Calls;
  }

  DenseSet<Param> Nonnull;
  auto NonnullAt = [&](const Value *V, CallBase *CB) {
    const Value *Base = V->stripPointerCasts();
    if (const auto *A = dyn_cast<Argument>(Base))
      if (Nonnull.count({A->getParent(), A->getArgNo()}) ||
          paramHasDeclTag(*A->getParent(), A->getArgNo(), NonnullTag))
        return true;
    Function &Caller = *CB->getFunction();
    SimplifyQuery Q(M.getDataLayout(),
                    &FAM.getResult<DominatorTreeAnalysis>(Caller), nullptr, CB);
    return isKnownNonZero(V, Q);
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto &[P, Calls] : Sites)
      if (!Nonnull.count(P) && all_of(Calls, [&](CallBase *CB) {
            return NonnullAt(CB->getArgOperand(P.second), CB);
          })) {
        Nonnull.insert(P);
        Changed = true;
      }
  }

  for (const Param &P : Nonnull)
    addParamDeclTag(*const_cast<Function *>(P.first), P.second, NonnullTag);
  if (Nonnull.empty())
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

//===- PreserveSignatures.cpp - Keep static signatures as in C ------------===//
//
// Measured on clang 22 (-mllvm -print-changed) for BPF: at -O1/-O2 only
// DeadArgumentEliminationPass changes a surviving function's signature (and
// it is what sets DW_CC_nocall); at -O3 ArgumentPromotionPass does too, and
// IPSCCP's function specialization clones functions (each clone keeps the
// full signature once DAE is kept away). GlobalOpt's switch to fastcc does
// not move any argument on BPF, whose one calling convention serves both.
// The Attributor, off by default, can rewrite signatures as well.
//
// Keeping DAE away rather than hiding functions from it (llvm.used, external
// linkage) costs nothing elsewhere: those alternatives also block IPSCCP's
// argument propagation, the inliner's last-call bonus and the deletion of
// inlined functions, and a "frozen" function still gets poison for unused
// arguments at its call sites.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/PreserveSignatures.h"

#include "llvm/ADT/Any.h"
#include "llvm/Analysis/LazyCallGraph.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassInstrumentation.h"

using namespace llvm;
using namespace verifiable;

bool verifiable::changesSignatures(StringRef PassName) {
  return PassName == "DeadArgumentEliminationPass" ||
         PassName == "ArgumentPromotionPass" || PassName == "AttributorPass" ||
         PassName == "AttributorCGSCCPass";
}

bool verifiable::wantsTruthfulSignatures(const Module &M) {
  return M.getTargetTriple().isBPF() && M.getNamedMetadata("llvm.dbg.cu");
}

/// The module a pass is about to run on, for the IR units of module and
/// CGSCC passes (the signature-changing passes are of these two kinds).
static const Module *moduleOf(Any IR) {
  if (const auto *M = any_cast<const Module *>(&IR))
    return *M;
  if (const auto *C = any_cast<const LazyCallGraph::SCC *>(&IR))
    if ((*C)->size())
      return (*C)->begin()->getFunction().getParent();
  if (const auto *F = any_cast<const Function *>(&IR))
    return (*F)->getParent();
  return nullptr;
}

void verifiable::installSignatureGuard(PassInstrumentationCallbacks &PIC,
                                       std::function<bool()> Enabled) {
  PIC.registerShouldRunOptionalPassCallback(
      [Enabled = std::move(Enabled)](StringRef PassName, Any IR) {
        if (!changesSignatures(PassName) || !Enabled())
          return true;
        const Module *M = moduleOf(IR);
        return !M || !wantsTruthfulSignatures(*M);
      });
}

/// Functions whose returns IPSCCP may zap: local, defined, with a value.
static bool mayBeZapped(const Function &F) {
  return !F.isDeclaration() && F.hasLocalLinkage() &&
         !F.getReturnType()->isVoidTy() && F.getSubprogram();
}

PreservedAnalyses RememberReturnsPass::run(Module &M, ModuleAnalysisManager &) {
  Memo->Returns.clear();
  Memo->M = &M;
  if (!wantsTruthfulSignatures(M))
    return PreservedAnalyses::all();
  for (Function &F : M) {
    if (!mayBeZapped(F))
      continue;
    auto &Handles = Memo->Returns[&F];
    for (BasicBlock &BB : F)
      if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator()))
        if (Value *V = Ret->getReturnValue())
          Handles.emplace_back(V);
  }
  return PreservedAnalyses::all();
}

/// The one constant all of \p Handles became, or nullptr.
static Constant *commonConstant(ArrayRef<WeakTrackingVH> Handles) {
  Constant *Common = nullptr;
  for (const WeakTrackingVH &H : Handles) {
    auto *C = dyn_cast_or_null<Constant>(static_cast<Value *>(H));
    if (!C || isa<UndefValue>(C) || (Common && Common != C))
      return nullptr;
    Common = C;
  }
  return Common;
}

PreservedAnalyses RestoreReturnsPass::run(Module &M, ModuleAnalysisManager &) {
  if (Memo->M != &M) {
    Memo->Returns.clear();
    return PreservedAnalyses::all();
  }
  bool Changed = false;
  for (Function &F : M) {
    if (!mayBeZapped(F))
      continue;
    auto It = Memo->Returns.find(&F);
    if (It == Memo->Returns.end())
      continue;
    SmallVector<ReturnInst *, 4> Rets;
    bool AllUndef = true;
    for (BasicBlock &BB : F)
      if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator())) {
        Rets.push_back(Ret);
        AllUndef &= isa<UndefValue>(Ret->getReturnValue());
      }
    if (Rets.empty() || !AllUndef)
      continue;
    Constant *C = commonConstant(It->second);
    if (!C || C->getType() != F.getReturnType())
      continue;
    for (ReturnInst *Ret : Rets)
      Ret->setOperand(0, C);
    Changed = true;
  }
  Memo->Returns.clear();
  Memo->M = nullptr;
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

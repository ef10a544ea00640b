//===- AnnotateArgCtx.cpp - Tag global functions' context params ----------===//
//
// Runs on the final IR (OptimizerLastEP), where the remaining calls are the
// ones the kernel will see. "Receives the context" is a greatest fixpoint
// over the pointer parameters of functions called only directly: start
// with all of them, drop each one that some call site feeds with anything
// but an entry's context or a parameter still in the set, repeat. Static
// functions take part as links of the chain but are not tagged (the kernel
// verifies them at each call site). Parameters that must also be reachable
// from an entry's context exclude cycles that never see one. Only
// parameters whose pointee the kernel cannot size (void *) are tagged or
// reported; others are typed for the kernel already.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Transforms/AnnotateArgCtx.h"
#include "verifiable/Transforms/DITypes.h"
#include "verifiable/Transforms/DeclTags.h"
#include "verifiable/Transforms/SourceDiagnostics.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace verifiable;

static constexpr StringLiteral ArgCtxTag = "arg:ctx";

namespace {

/// A parameter: function and 0-based index.
using Param = std::pair<const Function *, unsigned>;

/// Entry programs are the functions placed in an ELF section by SEC().
bool isEntry(const Function &F) {
  return !F.isDeclaration() && F.hasSection() && F.arg_size() > 0;
}

/// The direct call sites of \p F, or std::nullopt when its address is used
/// in any other way (then its callers are not all known).
std::optional<SmallVector<CallBase *, 4>> directCalls(Function &F) {
  SmallVector<CallBase *, 4> Calls;
  for (Use &U : F.uses()) {
    auto *CB = dyn_cast<CallBase>(U.getUser());
    if (!CB || !CB->isCallee(&U) ||
        CB->getFunctionType() != F.getFunctionType())
      return std::nullopt;
    Calls.push_back(CB);
  }
  return Calls;
}

class ArgCtxInference {
public:
  explicit ArgCtxInference(Module &M) : M(M) {}
  bool run();

private:
  Module &M;
  /// Candidate parameters and their call sites.
  DenseMap<Param, SmallVector<CallBase *, 4>> Sites;
  /// Parameters believed to receive the context.
  DenseSet<Param> Ctx;

  bool isCtx(const Value *V, SmallPtrSetImpl<const Value *> &Seen) const;
  bool isCtx(const Value *V) const {
    SmallPtrSet<const Value *, 8> Seen;
    return isCtx(V, Seen);
  }
  void reportConflict(const Function &Callee, unsigned ArgNo,
                      const CallBase &Other, const CallBase &WithCtx) const;
};

} // namespace

bool ArgCtxInference::isCtx(const Value *V,
                            SmallPtrSetImpl<const Value *> &Seen) const {
  V = V->stripPointerCasts();
  if (!Seen.insert(V).second)
    return true; // A cycle through phis adds no other value.
  if (const auto *A = dyn_cast<Argument>(V)) {
    const Function *F = A->getParent();
    if (isEntry(*F) && A->getArgNo() == 0)
      return true;
    if (paramHasDeclTag(*F, A->getArgNo(), ArgCtxTag))
      return true;
    return Ctx.count({F, A->getArgNo()});
  }
  if (const auto *Phi = dyn_cast<PHINode>(V))
    return all_of(Phi->incoming_values(),
                  [&](const Value *In) { return isCtx(In, Seen); });
  if (const auto *Sel = dyn_cast<SelectInst>(V))
    return isCtx(Sel->getTrueValue(), Seen) &&
           isCtx(Sel->getFalseValue(), Seen);
  return false;
}

void ArgCtxInference::reportConflict(const Function &Callee, unsigned ArgNo,
                                     const CallBase &Other,
                                     const CallBase &WithCtx) const {
  std::string Name = Callee.getArg(ArgNo)->getName().str();
  if (const DILocalVariable *V = findParamVariable(Callee, ArgNo))
    Name = V->getName().str();
  std::string What = "parameter " + std::to_string(ArgNo + 1) +
                     (Name.empty() ? "" : " ('" + Name + "')") +
                     " of global function '" + Callee.getName().str() + "'";
  reportAt(
      *Other.getFunction(), DiagnosticLocation(Other.getDebugLoc()), DS_Error,
      What + " receives the program context at another call but something "
             "else here; the kernel verifies a global function once, with "
             "one type per argument (make the function static, or pass the "
             "context at every call)");
  noteAt(*WithCtx.getFunction(), DiagnosticLocation(WithCtx.getDebugLoc()),
         What + " receives the program context here");
}

/// Does the kernel need arg:ctx to take parameter \p ArgNo of \p F as the
/// context? Only when it cannot size what the parameter points to (void *,
/// an incomplete struct): a pointer to a sized type is memory of that size
/// to the kernel, and a pointer to the program's own context struct is the
/// context already.
static bool needsCtxTag(const Function &F, unsigned ArgNo) {
  const DIType *T = paramType(F.getSubprogram(), ArgNo);
  return isPointerType(T) && !byteSize(pointeeOf(T));
}

bool ArgCtxInference::run() {
  for (Function &F : M) {
    if (F.isDeclaration() || isEntry(F))
      continue;
    auto Calls = directCalls(F);
    if (!Calls || Calls->empty())
      continue;
    for (Argument &A : F.args())
      if (A.getType()->isPointerTy()) {
        Sites[{&F, A.getArgNo()}] = *Calls;
        Ctx.insert({&F, A.getArgNo()});
      }
  }

  // Greatest fixpoint: drop parameters some call feeds with anything else.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto &[P, Calls] : Sites) {
      if (!Ctx.count(P))
        continue;
      if (any_of(Calls, [&](CallBase *CB) {
            return !isCtx(CB->getArgOperand(P.second));
          })) {
        Ctx.erase(P);
        Changed = true;
      }
    }
  }

  // Keep only parameters that a chain from an entry's context reaches.
  DenseSet<Param> Grounded;
  auto FromEntryOrGrounded = [&](const Value *V) {
    V = V->stripPointerCasts();
    const auto *A = dyn_cast<Argument>(V);
    if (!A)
      return isCtx(V); // phis/selects of entry contexts
    const Function *F = A->getParent();
    return (isEntry(*F) && A->getArgNo() == 0) ||
           paramHasDeclTag(*F, A->getArgNo(), ArgCtxTag) ||
           Grounded.count({F, A->getArgNo()});
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const Param &P : Ctx)
      if (!Grounded.count(P) && any_of(Sites[P], [&](CallBase *CB) {
            return FromEntryOrGrounded(CB->getArgOperand(P.second));
          })) {
        Grounded.insert(P);
        Changed = true;
      }
  }
  Ctx = std::move(Grounded);

  bool Changed = false;
  for (auto &[P, Calls] : Sites) {
    Function &F = *const_cast<Function *>(P.first);
    if (F.hasLocalLinkage() || paramHasDeclTag(F, P.second, ArgCtxTag) ||
        !needsCtxTag(F, P.second))
      continue;
    if (Ctx.count(P)) {
      Changed |= addParamDeclTag(F, P.second, ArgCtxTag);
      continue;
    }
    // Context at some calls, something else at others.
    const CallBase *WithCtx = nullptr;
    for (CallBase *CB : Calls)
      if (isCtx(CB->getArgOperand(P.second))) {
        WithCtx = CB;
        break;
      }
    if (!WithCtx)
      continue;
    for (CallBase *CB : Calls)
      if (!isCtx(CB->getArgOperand(P.second)))
        reportConflict(F, P.second, *CB, *WithCtx);
  }
  return Changed;
}

PreservedAnalyses AnnotateArgCtxPass::run(Module &M, ModuleAnalysisManager &) {
  if (!M.getTargetTriple().isBPF())
    return PreservedAnalyses::all();
  return ArgCtxInference(M).run() ? PreservedAnalyses::none()
                                  : PreservedAnalyses::all();
}

//===- PreserveSignatures.h - Keep static signatures as in C ----*- C++ -*-===//
//
// BTF describes every function by its C prototype, so R1..R5 and R0 of a
// static function must be what that prototype says. Of clang's -O1..-O3
// pipelines, two passes rewrite the signature of a function that survives to
// codegen: dead argument elimination (drops unused or constant parameters and
// unused return values, and marks the subprogram DW_CC_nocall) and, at -O3,
// argument promotion (turns pointer parameters into values). A third effect
// is not a signature change but still makes R0 lie: IPSCCP "zaps" the return
// value of a function whose result it has propagated into every caller
// (ret undef). The guard keeps the first two from running; the two passes
// below put zapped return values back. Inlining, constant propagation into
// callee bodies and dead-function removal are untouched.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_PRESERVESIGNATURES_H
#define VERIFIABLE_TRANSFORMS_PRESERVESIGNATURES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/ValueHandle.h"
#include "llvm/IR/ValueMap.h"

#include <functional>
#include <memory>

namespace llvm {
class PassInstrumentationCallbacks;
}

namespace verifiable {

/// Is \p PassName (a pass class name, as pass instrumentation sees it) one
/// that rewrites the signatures of functions with local linkage?
bool changesSignatures(llvm::StringRef PassName);

/// Does \p M need truthful signatures: a BPF module with debug info (from
/// which BTF is written)?
bool wantsTruthfulSignatures(const llvm::Module &M);

/// Skips the passes named by changesSignatures() on modules for which
/// wantsTruthfulSignatures() holds, while \p Enabled() returns true.
void installSignatureGuard(llvm::PassInstrumentationCallbacks &PIC,
                           std::function<bool()> Enabled);

/// What each static function returned before IPSCCP ran: handles that
/// follow the values as IPSCCP replaces them by constants.
struct ReturnMemo {
  const llvm::Module *M = nullptr;
  llvm::ValueMap<const llvm::Function *,
                 llvm::SmallVector<llvm::WeakTrackingVH, 2>>
      Returns;
};

/// Runs just before IPSCCP (PipelineEarlySimplificationEP) and remembers
/// the returned values of every static function with debug info.
class RememberReturnsPass : public llvm::PassInfoMixin<RememberReturnsPass> {
public:
  explicit RememberReturnsPass(std::shared_ptr<ReturnMemo> Memo)
      : Memo(std::move(Memo)) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

private:
  std::shared_ptr<ReturnMemo> Memo;
};

/// Runs at the end of the IR pipeline: a static function all of whose
/// returns were zapped to undef, and whose remembered returns all became the
/// same constant, returns that constant again.
class RestoreReturnsPass : public llvm::PassInfoMixin<RestoreReturnsPass> {
public:
  explicit RestoreReturnsPass(std::shared_ptr<ReturnMemo> Memo)
      : Memo(std::move(Memo)) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

private:
  std::shared_ptr<ReturnMemo> Memo;
};

} // namespace verifiable

#endif

//===- AnnotateArgCtx.h - Tag global functions' context params --*- C++ -*-===//
//
// The kernel verifies a global (non-static) BPF function once, from its BTF
// prototype alone. A `void *ctx` parameter means nothing to it unless the
// parameter carries the decl tag "arg:ctx": without it the load fails with
// "arg#0 reference type('UNKNOWN ') size cannot be determined". This pass
// finds the untyped (void *) pointer parameters of global functions that
// receive the program's context at every call (from an entry program's
// first argument, or from another parameter that does) and adds the tag to
// their debug info, so BTFDebug emits DECL_TAG "arg:ctx" with the
// parameter's index.
// A parameter that gets the context at one call site and something else at
// another is reported: the kernel would check both calls against one type.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_ANNOTATEARGCTX_H
#define VERIFIABLE_TRANSFORMS_ANNOTATEARGCTX_H

#include "llvm/IR/PassManager.h"

namespace verifiable {

class AnnotateArgCtxPass : public llvm::PassInfoMixin<AnnotateArgCtxPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
};

} // namespace verifiable

#endif

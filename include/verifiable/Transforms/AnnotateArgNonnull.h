//===- AnnotateArgNonnull.h - Tag never-NULL pointer params -----*- C++ -*-===//
//
// The kernel verifies a global BPF function from its BTF prototype, and a
// pointer parameter to a sized type may be NULL as far as it knows: the body
// must check it before dereferencing it ("R1 invalid mem access
// 'mem_or_null'"), unless the parameter carries the decl tag "arg:nonnull",
// in which case the kernel makes every caller prove the pointer non-NULL
// instead. This pass adds the tag to parameters that the body dereferences
// without a NULL check and that every call in the module provably passes a
// non-NULL pointer (a stack slot, a global, a pointer checked against NULL
// on the way to the call, or another such parameter).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_ANNOTATEARGNONNULL_H
#define VERIFIABLE_TRANSFORMS_ANNOTATEARGNONNULL_H

#include "llvm/IR/PassManager.h"

namespace verifiable {

class AnnotateArgNonnullPass
    : public llvm::PassInfoMixin<AnnotateArgNonnullPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
};

} // namespace verifiable

#endif

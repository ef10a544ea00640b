//===- AnnotateCallbacks.h - Tag and check static callbacks -----*- C++ -*-===//
//
// A static function handed to bpf_loop, bpf_for_each_map_elem, a timer, a
// work queue, bpf_find_vma, bpf_user_ringbuf_drain or bpf_rbtree_add is
// called by the kernel with registers the helper chooses, not by any call
// in the program. This pass records that role in BTF, as decl tags in a
// namespace the kernel ignores ("verifiable:callback:<helper>", and
// "verifiable:map:<map>" for map callbacks), so that tools reading BTF know
// what R1..R5 will hold. It also checks the callback's C parameters against
// what the helper passes: the key and value sizes of the map, the type of
// the context pointer, the number of parameters. A mismatch is a warning at
// the callback with a note at the call.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_ANNOTATECALLBACKS_H
#define VERIFIABLE_TRANSFORMS_ANNOTATECALLBACKS_H

#include "llvm/IR/PassManager.h"

namespace verifiable {

class AnnotateCallbacksPass
    : public llvm::PassInfoMixin<AnnotateCallbacksPass> {
public:
  /// \p CheckTypes: also check each callback's parameters (done once, at
  /// the start of the pipeline; the run at the end only tags callbacks that
  /// inlining made visible, e.g. ones passed down as function parameters).
  explicit AnnotateCallbacksPass(bool CheckTypes = true)
      : CheckTypes(CheckTypes) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

private:
  bool CheckTypes;
};

} // namespace verifiable

#endif

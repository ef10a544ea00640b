//===- DeclTags.h - btf_decl_tag annotations in debug info ------*- C++ -*-===//
//
// BTFDebug turns `annotations: !{!{!"btf_decl_tag", !"..."}}` on a
// DISubprogram into a DECL_TAG with component_idx -1, and on a parameter's
// DILocalVariable into a DECL_TAG with component_idx = the parameter's index.
// clang writes them for __attribute__((btf_decl_tag("..."))); the IR
// transforms add their own the same way.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_DECLTAGS_H
#define VERIFIABLE_TRANSFORMS_DECLTAGS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/DebugInfoMetadata.h"

namespace llvm {
class Function;
}

namespace verifiable {

/// Does \p Annotations hold the decl tag \p Tag?
bool hasDeclTag(llvm::DINodeArray Annotations, llvm::StringRef Tag);

/// The DILocalVariable of parameter \p ArgNo (0-based) of \p F, or nullptr.
llvm::DILocalVariable *findParamVariable(const llvm::Function &F,
                                         unsigned ArgNo);

/// Does parameter \p ArgNo of \p F carry the decl tag \p Tag?
bool paramHasDeclTag(const llvm::Function &F, unsigned ArgNo,
                     llvm::StringRef Tag);

/// Adds the decl tag \p Tag to parameter \p ArgNo of \p F (creating the
/// parameter's DILocalVariable if the optimizer dropped it). Returns false
/// when \p F has no debug info. A tag already present is not repeated.
bool addParamDeclTag(llvm::Function &F, unsigned ArgNo, llvm::StringRef Tag);

/// Adds the decl tag \p Tag to \p F itself. DISubprograms written without
/// annotations have no operand to hold them, so the subprogram is replaced
/// by a copy that has one, and every reference in the module is remapped.
/// Returns false when \p F has no debug info.
bool addFunctionDeclTag(llvm::Function &F, llvm::StringRef Tag);

} // namespace verifiable

#endif

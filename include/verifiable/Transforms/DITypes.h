//===- DITypes.h - C types from debug info, for the transforms --*- C++ -*-===//
//
// The transforms reason about C types (is this parameter a pointer, how big
// is what it points to, what are a map's key and value) and name them in
// diagnostics. The IR has lost those types; debug info keeps them.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_DITYPES_H
#define VERIFIABLE_TRANSFORMS_DITYPES_H

#include <cstdint>
#include <optional>
#include <string>

namespace llvm {
class DIType;
class DISubprogram;
class GlobalVariable;
class Value;
} // namespace llvm

namespace verifiable {

/// \p T without typedefs, qualifiers and type tags.
const llvm::DIType *stripTypedefs(const llvm::DIType *T);

/// Is \p T (after typedefs) a pointer?
bool isPointerType(const llvm::DIType *T);

/// What the pointer type \p T points to (nullptr for void, or when \p T is
/// not a pointer); typedefs and qualifiers are kept.
const llvm::DIType *pointeeOf(const llvm::DIType *T);

/// Byte size of \p T, std::nullopt when unknown (void, incomplete types).
std::optional<uint64_t> byteSize(const llvm::DIType *T);

/// The C spelling of \p T, e.g. "struct ctx *", "const void *", "__u32".
std::string spell(const llvm::DIType *T);

/// Do \p A and \p B denote the same C type, up to typedefs and qualifiers?
bool sameType(const llvm::DIType *A, const llvm::DIType *B);

/// The C type of parameter \p ArgNo (0-based) of \p SP, or nullptr.
const llvm::DIType *paramType(const llvm::DISubprogram *SP, unsigned ArgNo);

/// The C type of what pointer \p V points to, read from the debug info of
/// the variable, parameter or global it comes from; nullptr when unknown.
/// \p Known is set when the source of \p V was found at all (so that a
/// nullptr result means void).
const llvm::DIType *pointeeTypeOf(const llvm::Value *V, bool &Known);

/// Key and value sizes of a libbpf map definition (a global in ".maps"),
/// from its __type(key, ...) / __uint(key_size, ...) members.
struct MapShape {
  std::optional<uint64_t> KeySize;
  std::optional<uint64_t> ValueSize;
};
MapShape mapShape(const llvm::GlobalVariable &Map);

} // namespace verifiable

#endif

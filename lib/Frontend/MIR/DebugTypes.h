//===- DebugTypes.h - Reading C types from debug info -----------*- C++ -*-===//
//
// Internal to lib/Frontend/MIR: what the module description and the CO-RE
// lowering both need when they walk DWARF types.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_FRONTEND_MIR_DEBUGTYPES_H
#define VERIFIABLE_LIB_FRONTEND_MIR_DEBUGTYPES_H

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"

namespace verifiable {

/// Strips typedefs, const, volatile, restrict and _Atomic.
inline const llvm::DIType *stripQualifiers(const llvm::DIType *T) {
  while (const auto *D = llvm::dyn_cast_or_null<llvm::DIDerivedType>(T)) {
    switch (D->getTag()) {
    case llvm::dwarf::DW_TAG_typedef:
    case llvm::dwarf::DW_TAG_const_type:
    case llvm::dwarf::DW_TAG_volatile_type:
    case llvm::dwarf::DW_TAG_restrict_type:
    case llvm::dwarf::DW_TAG_atomic_type:
      T = D->getBaseType();
      continue;
    default:
      return T;
    }
  }
  return T;
}

} // namespace verifiable

#endif

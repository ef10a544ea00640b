//===- DebugTypes.h - Reading C types from debug info -----------*- C++ -*-===//
//
// Internal to lib/Frontend/MIR: what the module description and the CO-RE
// lowering both need when they walk DWARF types.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_FRONTEND_MIR_DEBUGTYPES_H
#define VERIFIABLE_LIB_FRONTEND_MIR_DEBUGTYPES_H

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"

#include <cstdint>
#include <vector>

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

/// The element counts of an array type, outermost dimension first; 0 for a
/// flexible or unknown dimension, and one 0 when none is given.
inline std::vector<uint32_t>
arrayDimensions(const llvm::DICompositeType *Array) {
  std::vector<uint32_t> Counts;
  for (const llvm::DINode *E : Array->getElements())
    if (const auto *Range = llvm::dyn_cast<llvm::DISubrange>(E)) {
      auto *Count =
          llvm::dyn_cast_if_present<llvm::ConstantInt *>(Range->getCount());
      int64_t N = Count ? Count->getSExtValue() : 0;
      Counts.push_back(N > 0 ? static_cast<uint32_t>(N) : 0);
    }
  if (Counts.empty())
    Counts.push_back(0);
  return Counts;
}

} // namespace verifiable

#endif

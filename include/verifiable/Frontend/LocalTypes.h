//===- LocalTypes.h - Structs of the program's own BTF ----------*- C++ -*-===//
//
// `bpf_obj_new(struct foo)` loads the object's own BTF id of `struct foo`
// (a CO-RE type-id-local relocation), which BTFDebug assigns after the
// plugin runs. The table gives each such struct a synthetic constant while
// the functions are lowered and, once the module is complete, describes the
// structs (and the local pointees of `__kptr` fields) into the Program:
// their special fields and a BTF encoding of their layout (LocalType.h).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_FRONTEND_LOCALTYPES_H
#define VERIFIABLE_FRONTEND_LOCALTYPES_H

#include "verifiable/Program/Program.h"

#include <cstdint>
#include <vector>

namespace llvm {
class DIType;
class Module;
} // namespace llvm

namespace verifiable {

class LocalTypeTable {
public:
  /// The constant a type-id-local relocation of \p T loads in the engine's
  /// program (bpf::LocalTypeIdBase + its index).
  uint64_t idValueOf(const llvm::DIType *T);
  /// Fills P.LocalTypes and P.LocalBtf with every type idValueOf() was
  /// asked about and every struct a kptr field of P's maps or globals
  /// points to that the module's debug info defines (the kernel decides
  /// later whether the pointee is its own or the program's).
  void describe(const llvm::Module &M, bpf::Program &P) const;
  void clear() { Roots.clear(); }

private:
  std::vector<const llvm::DIType *> Roots;
};

} // namespace verifiable

#endif

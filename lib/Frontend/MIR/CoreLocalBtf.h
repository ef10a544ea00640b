//===- CoreLocalBtf.h - A CO-RE root type written as BTF --------*- C++ -*-===//
//
// Internal to lib/Frontend/MIR. bpf_core_type_matches() compares the whole
// local type with the target's, as libbpf reads both in BTF. The object's
// own BTF is written only after the functions are lowered, so the local
// type is written here from its debug info, in the shape BTFDebug gives
// it: the same names, kinds, sizes, members, enumerators and array
// lengths.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_FRONTEND_MIR_CORELOCALBTF_H
#define VERIFIABLE_LIB_FRONTEND_MIR_CORELOCALBTF_H

#include <cstdint>
#include <memory>

struct btf;

namespace llvm {
class DIType;
}

namespace verifiable {

/// \p Root and the types it refers to, written into a new BTF; the root's
/// id in it goes to \p RootId. Null when libbpf refuses a type.
std::shared_ptr<struct btf> writeCoreLocalType(const llvm::DIType *Root,
                                               uint32_t &RootId);

} // namespace verifiable

#endif

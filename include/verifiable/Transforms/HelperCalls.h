//===- HelperCalls.h - Recognize BPF helper and kfunc calls -----*- C++ -*-===//
//
// In IR a BPF helper call is a call through a constant address, the helper
// id (`call i64 inttoptr (i64 181 to ptr)(...)`), and a kfunc call is a
// call to an external declaration. The transforms find callbacks and maps
// through them.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TRANSFORMS_HELPERCALLS_H
#define VERIFIABLE_TRANSFORMS_HELPERCALLS_H

#include <optional>

namespace llvm {
class CallBase;
class GlobalVariable;
class Value;
} // namespace llvm

namespace verifiable {

/// The helper id \p CB calls, or std::nullopt if it is no helper call.
std::optional<unsigned> helperIdOf(const llvm::CallBase &CB);

/// The map \p V points into, when it is a value returned by
/// bpf_map_lookup_elem (possibly offset, possibly kept in a local variable
/// in unoptimized IR); nullptr otherwise.
const llvm::GlobalVariable *mapOfValuePointer(const llvm::Value *V);

} // namespace verifiable

#endif

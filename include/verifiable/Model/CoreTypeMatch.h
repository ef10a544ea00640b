//===- CoreTypeMatch.h - libbpf's type-match relation -----------*- C++ -*-===//
//
// bpf_core_type_matches(T) (CO-RE relocation kind 12) asks whether the
// target kernel has a type that matches the program's T by libbpf's rules,
// stricter than the compatibility other relocations use: names compared
// without their ___flavor suffix, every local member or enumerator present
// in the target, integers of the same size and signedness, pointers,
// arrays and function prototypes matched recursively.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_CORETYPEMATCH_H
#define VERIFIABLE_MODEL_CORETYPEMATCH_H

#include <cstdint>
#include <optional>

struct btf;

namespace verifiable {
namespace model {

/// Whether type \p LocalId of \p Local matches type \p TargetId of
/// \p Target. None where libbpf fails the relocation (types nested too
/// deeply, an id out of range).
std::optional<bool> coreTypesMatch(const struct btf *Local, uint32_t LocalId,
                                   const struct btf *Target, uint32_t TargetId);

} // namespace model
} // namespace verifiable

#endif

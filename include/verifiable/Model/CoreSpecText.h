//===- CoreSpecText.h - libbpf's words for a CO-RE relocation ---*- C++ -*-===//
//
// When the kernel refuses a call of the poisoned helper (195896080), libbpf
// rewrites that line of the verifier log into "failed to resolve CO-RE
// relocation <spec>", the spec describing the relocation's local side in
// the object's own BTF: "<byte_off> [5] struct s.a[2] (0:0:2 @ offset 8)".
// Users see and search for that text, so the engine says it too.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_CORESPECTEXT_H
#define VERIFIABLE_MODEL_CORESPECTEXT_H

#include "verifiable/Model/CoreRelocation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct btf;

namespace verifiable {
namespace model {

/// libbpf's name of a relocation kind: "byte_off", "enumval_value", ...
const char *coreKindName(CoreKind K);

/// libbpf's word for the BTF kind of a type: "struct", "enum64", ...
const char *btfKindWord(unsigned BtfKind);

/// The spec libbpf prints for a relocation of kind \p K on the object's type
/// \p RootId with access string \p Access ("0:1:2"; the enumerator's index
/// for enum values), read in the object's BTF \p Local. None when the
/// access string does not fit the type (libbpf then prints nothing).
std::optional<std::string> formatCoreSpec(const struct btf *Local,
                                          uint32_t RootId, CoreKind K,
                                          std::string_view Access);

/// The whole message of a poisoned relocation's refusal, as libbpf's log
/// shows it (a spec longer than libbpf's 256-byte buffer is cut, with
/// "..." appended).
std::string coreFailureMessage(const std::string &Spec);

} // namespace model
} // namespace verifiable

#endif

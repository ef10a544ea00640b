//===- LocalType.h - Structs of the program's own BTF -----------*- C++ -*-===//
//
// bpf_obj_new() allocates an object of a struct the program declares, not
// one of the kernel's: the kernel finds it in the object's own BTF by the id
// a `bpf_core_type_id_local()` relocation loads, and a `__kptr` field whose
// struct the kernel lacks points to such an object too. The object's BTF ids
// are assigned after the plugin runs, so the front-end gives each struct a
// synthetic id (a constant the engine recognises) and encodes the structs in
// a small BTF of their own (Program::LocalBtf) that the engine walks as the
// kernel walks the object's BTF.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_LOCALTYPE_H
#define VERIFIABLE_PROGRAM_LOCALTYPE_H

#include "verifiable/Program/MapDef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace verifiable {
namespace bpf {

/// What a `bpf_core_type_id_local()` relocation naming local type number N
/// (in Program::LocalTypes) loads in the engine's program: LocalTypeIdBase
/// + N. The kernel sees a small BTF id instead; the engine only needs a
/// known constant it can map back to the type.
constexpr uint64_t LocalTypeIdBase = 0x4c0c0000;

struct LocalType {
  /// The constant a type-id-local relocation of this type loads; 0 when
  /// no relocation names it (a kptr field's pointee).
  uint64_t TypeIdValue = 0;
  /// The type's id in Program::LocalBtf.
  uint32_t BtfId = 0;
  std::string Name;
  /// A struct (BTF_KIND_STRUCT), the only kind bpf_obj_new() takes.
  bool IsStruct = false;
  uint32_t Size = 0;
  /// The kernel keeps a record of special fields for the struct (a direct
  /// member is a bpf_spin_lock, list or rbtree head or node, bpf_refcount
  /// or kptr: btf_parse_struct_metas()).
  bool HasRecord = false;
  /// The special fields (ListNode, RbNode, SpinLock, ...) and kptrs of the
  /// record, offsets from the struct's start.
  std::vector<SpecialField> Fields;
  std::vector<KptrField> Kptrs;
  /// Why objects of this type are not modelled (a field the engine does
  /// not describe, a type the encoder cannot write); empty if they are.
  std::string Unmodelled;
};

} // namespace bpf
} // namespace verifiable

#endif

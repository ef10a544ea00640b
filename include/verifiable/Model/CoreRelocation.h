//===- CoreRelocation.h - CO-RE relocations resolved as libbpf does -*- C++
//-*-//
//
// A CO-RE relocation names a local type, an access path through it and what
// the program wants to know (a field's offset, size, existence, ...). libbpf
// resolves it against the target kernel's BTF before the kernel sees the
// program, and patches the instruction with the target's value, or poisons
// the instruction when nothing in the target matches. This is that
// resolution, on a local side described without LLVM types.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_CORERELOCATION_H
#define VERIFIABLE_MODEL_CORERELOCATION_H

#include "verifiable/Model/TargetBtf.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace verifiable {
namespace model {

/// The relocation kinds of the BTF.ext format (enum bpf_core_relo_kind).
enum class CoreKind : unsigned {
  FieldByteOffset = 0,
  FieldByteSize = 1,
  FieldExists = 2,
  FieldSigned = 3,
  FieldLShiftU64 = 4,
  FieldRShiftU64 = 5,
  TypeIdLocal = 6,
  TypeIdTarget = 7,
  TypeExists = 8,
  TypeSize = 9,
  EnumValueExists = 10,
  EnumValue = 11,
  TypeMatches = 12,
};

bool isFieldKind(CoreKind K);
bool isEnumValueKind(CoreKind K);

/// A local type, as far as libbpf's field compatibility looks at it
/// (modifiers and typedefs already skipped).
struct CoreLocalType {
  enum KindTy { Int, Enum, Pointer, Struct, Union, Array, Float, Func, Other };
  KindTy Kind = Other;
  /// For enums: the name, compared by essential name.
  std::string Name;
  /// For arrays: the element type.
  std::shared_ptr<CoreLocalType> Elem;
};

/// One step of the access string after the first index.
struct CoreStep {
  /// A member (by name; empty for an anonymous one) or an array element.
  bool IsMember = true;
  std::string MemberName;
  uint32_t ArrayIndex = 0;
  /// The type reached by this step.
  CoreLocalType Type;
};

/// The local side of one relocation.
struct CoreLocalSpec {
  CoreKind Kind = CoreKind::FieldByteOffset;
  /// The root type's name (with its flavor) and BTF kind (BTF_KIND_*).
  std::string RootName;
  unsigned RootBtfKind = 0;
  /// The access string's first index (the pointer used as an array).
  uint32_t FirstIndex = 0;
  std::vector<CoreStep> Steps;
  /// For enum value relocations: the enumerator's name.
  std::string Enumerator;
  /// The access string as the object's .BTF.ext records it ("0:1:2"; the
  /// enumerator's index for enum values, "0" for types).
  std::string Access;
  /// For field relocations: the local field's byte size (libbpf's orig_sz),
  /// 0 when not known (a bitfield, a partly indexed array).
  uint32_t LocalByteSize = 0;
  /// For type-matches relocations: the local type written in a BTF of its
  /// own (the root, id LocalRootId, and the types it refers to).
  std::shared_ptr<struct btf> LocalBtf;
  uint32_t LocalRootId = 0;
};

/// What libbpf does with the instruction.
struct CoreResolution {
  enum StatusTy {
    /// Patched with Value.
    Patched,
    /// No candidate matched: libbpf poisons the instruction.
    Poisoned,
    /// The resolution is not modelled or libbpf would fail the load; Why
    /// says which.
    Unresolved,
  };
  StatusTy Status = Unresolved;
  uint64_t Value = 0;
  /// For field relocations that patched: the target field's byte size, and
  /// whether libbpf may change a load's size to it (pointers and unsigned
  /// integers; otherwise a size change poisons the load).
  uint32_t FieldByteSize = 0;
  bool SizeAdjustable = false;
  std::string Why;
};

/// Resolves \p Spec against \p Target the way libbpf does.
CoreResolution resolveCore(const CoreLocalSpec &Spec, TargetBtf &Target);

/// The helper id libbpf writes into a poisoned instruction ("bad relo").
constexpr int32_t CorePoisonHelperId = 0xbad2310;

} // namespace model
} // namespace verifiable

#endif

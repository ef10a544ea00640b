//===- CoreRelocation.cpp - CO-RE relocations resolved as libbpf does -----===//
//
// Candidates are the target types with the local type's essential name and
// BTF kind; the access path is walked through each candidate by member name
// (looking through anonymous structs and unions) and array index; the value
// is computed from the field the path reaches. No candidate: field
// existence is 0, type relocations are 0, enum value existence is 0, and
// every other relocation poisons its instruction. Candidates that disagree
// make libbpf fail the load, which is not modelled (Unresolved). A type
// match relocation keeps the candidates that match the local type by
// libbpf's type-match relation (CoreTypeMatch.h).
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/CoreRelocation.h"
#include "verifiable/Model/CoreTypeMatch.h"

#include <bpf/btf.h>

#include <optional>

using namespace verifiable;
using namespace verifiable::model;

bool model::isFieldKind(CoreKind K) {
  return static_cast<unsigned>(K) <=
         static_cast<unsigned>(CoreKind::FieldRShiftU64);
}

bool model::isEnumValueKind(CoreKind K) {
  return K == CoreKind::EnumValueExists || K == CoreKind::EnumValue;
}

namespace {

/// The field a path reaches in one candidate.
struct TargetField {
  uint32_t TypeId = 0;
  uint64_t BitOffset = 0;
  uint32_t BitfieldSize = 0;
};

class Walker {
public:
  explicit Walker(const struct btf *B) : B(B) {}

  uint32_t skipModsAndTypedefs(uint32_t Id) const {
    while (true) {
      const struct btf_type *T = btf__type_by_id(B, Id);
      if (!T)
        return 0;
      switch (btf_kind(T)) {
      case BTF_KIND_TYPEDEF:
      case BTF_KIND_VOLATILE:
      case BTF_KIND_CONST:
      case BTF_KIND_RESTRICT:
      case BTF_KIND_TYPE_TAG:
        Id = T->type;
        continue;
      default:
        return Id;
      }
    }
  }

  /// Whether a local field type and a target one are compatible, as for
  /// libbpf's field matching (composites with composites, ints and enums,
  /// pointers, floats, arrays of compatible elements).
  bool fieldsCompatible(const CoreLocalType &L, uint32_t TargetId) const {
    const struct btf_type *T =
        btf__type_by_id(B, skipModsAndTypedefs(TargetId));
    if (!T)
      return false;
    bool TargetComposite = btf_is_composite(T);
    switch (L.Kind) {
    case CoreLocalType::Struct:
    case CoreLocalType::Union:
      return TargetComposite;
    case CoreLocalType::Int:
      return btf_is_int(T) && btf_int_offset(T) == 0;
    case CoreLocalType::Enum: {
      // Either one anonymous, or the same essential name.
      if (!btf_is_any_enum(T))
        return false;
      std::string_view TargetName = btf__name_by_offset(B, T->name_off);
      return L.Name.empty() || TargetName.empty() ||
             essentialName(L.Name) == essentialName(TargetName);
    }
    case CoreLocalType::Pointer:
      return btf_is_ptr(T);
    case CoreLocalType::Float:
      return btf_is_float(T);
    case CoreLocalType::Func:
      return btf_is_func_proto(T);
    case CoreLocalType::Array:
      return btf_is_array(T) && L.Elem &&
             fieldsCompatible(*L.Elem, btf_array(T)->type);
    case CoreLocalType::Other:
      return false;
    }
    return false;
  }

  /// Finds member \p Name in composite \p Id, looking through anonymous
  /// members; adds its bit offset to \p F.
  bool findMember(uint32_t Id, const CoreStep &Step, TargetField &F) const {
    const struct btf_type *T = btf__type_by_id(B, skipModsAndTypedefs(Id));
    if (!T || !btf_is_composite(T))
      return false;
    const struct btf_member *M = btf_members(T);
    for (unsigned I = 0, N = btf_vlen(T); I < N; ++I, ++M) {
      const char *Name = btf__name_by_offset(B, M->name_off);
      uint64_t Off = btf_member_bit_offset(T, I);
      if (!Name || !*Name) {
        TargetField Inner = F;
        Inner.BitOffset += Off;
        const struct btf_type *MT =
            btf__type_by_id(B, skipModsAndTypedefs(M->type));
        if (MT && btf_is_composite(MT) && findMember(M->type, Step, Inner)) {
          F = Inner;
          return true;
        }
        continue;
      }
      if (Step.MemberName != Name)
        continue;
      if (!fieldsCompatible(Step.Type, M->type))
        return false;
      F.BitOffset += Off;
      F.TypeId = M->type;
      F.BitfieldSize = btf_member_bitfield_size(T, I);
      return true;
    }
    return false;
  }

  /// Walks \p Spec's path through candidate \p Root.
  std::optional<TargetField> walk(const CoreLocalSpec &Spec,
                                  uint32_t Root) const {
    TargetField F;
    F.TypeId = Root;
    int64_t RootSize = btf__resolve_size(B, Root);
    if (RootSize < 0)
      return std::nullopt;
    F.BitOffset = uint64_t(Spec.FirstIndex) * RootSize * 8;
    for (const CoreStep &S : Spec.Steps) {
      if (S.IsMember) {
        if (S.MemberName.empty())
          continue; // anonymous members are looked through by name
        if (!findMember(F.TypeId, S, F))
          return std::nullopt;
        continue;
      }
      const struct btf_type *T =
          btf__type_by_id(B, skipModsAndTypedefs(F.TypeId));
      if (!T || !btf_is_array(T))
        return std::nullopt;
      const struct btf_array *A = btf_array(T);
      if (A->nelems != 0 && S.ArrayIndex >= A->nelems)
        return std::nullopt;
      int64_t ElemSize = btf__resolve_size(B, A->type);
      if (ElemSize < 0 || !fieldsCompatible(S.Type, A->type))
        return std::nullopt;
      F.TypeId = A->type;
      F.BitfieldSize = 0;
      F.BitOffset += uint64_t(S.ArrayIndex) * ElemSize * 8;
    }
    return F;
  }

  /// The value of a field relocation for field \p F (little endian).
  std::optional<CoreResolution> fieldValue(CoreKind K,
                                           const TargetField &F) const {
    CoreResolution R;
    R.Status = CoreResolution::Patched;
    if (K == CoreKind::FieldExists) {
      R.Value = 1;
      return R;
    }
    const struct btf_type *MT =
        btf__type_by_id(B, skipModsAndTypedefs(F.TypeId));
    if (!MT)
      return std::nullopt;
    uint64_t ByteSize, ByteOff, BitSize = F.BitfieldSize;
    if (!BitSize) {
      int64_t Size = btf__resolve_size(B, F.TypeId);
      if (Size < 0 || F.BitOffset % 8)
        return std::nullopt;
      ByteSize = Size;
      ByteOff = F.BitOffset / 8;
      BitSize = ByteSize * 8;
    } else {
      if (!btf_is_int(MT) && !btf_is_any_enum(MT))
        return std::nullopt;
      ByteSize = MT->size;
      ByteOff = F.BitOffset / 8 / ByteSize * ByteSize;
      // Widen the load until it covers the whole bitfield.
      while (F.BitOffset + BitSize - ByteOff * 8 > ByteSize * 8) {
        if (ByteSize >= 8)
          return std::nullopt;
        ByteSize *= 2;
        ByteOff = F.BitOffset / 8 / ByteSize * ByteSize;
      }
    }
    R.FieldByteSize = ByteSize;
    R.SizeAdjustable =
        btf_is_ptr(MT) ||
        (btf_is_int(MT) && !(btf_int_encoding(MT) & BTF_INT_SIGNED));
    switch (K) {
    case CoreKind::FieldByteOffset:
      R.Value = ByteOff;
      break;
    case CoreKind::FieldByteSize:
      R.Value = ByteSize;
      break;
    case CoreKind::FieldSigned:
      R.Value = (btf_is_any_enum(MT) && btf_kflag(MT)) ||
                (btf_is_int(MT) && (btf_int_encoding(MT) & BTF_INT_SIGNED));
      break;
    case CoreKind::FieldLShiftU64:
      R.Value = 64 - (F.BitOffset + BitSize - ByteOff * 8);
      break;
    case CoreKind::FieldRShiftU64:
      R.Value = 64 - BitSize;
      break;
    default:
      return std::nullopt;
    }
    return R;
  }

  /// The enumerator \p Name's value in enum \p Id, if it has one.
  std::optional<uint64_t> enumerator(uint32_t Id,
                                     const std::string &Name) const {
    const struct btf_type *T = btf__type_by_id(B, Id);
    std::string_view Wanted = essentialName(Name);
    for (unsigned I = 0, N = btf_vlen(T); I < N; ++I) {
      if (btf_is_enum(T)) {
        const struct btf_enum *E = btf_enum(T) + I;
        if (essentialName(btf__name_by_offset(B, E->name_off)) != Wanted)
          continue;
        return btf_kflag(T) ? uint64_t(int64_t(int32_t(E->val)))
                            : uint64_t(uint32_t(E->val));
      }
      const struct btf_enum64 *E = btf_enum64(T) + I;
      if (essentialName(btf__name_by_offset(B, E->name_off)) != Wanted)
        continue;
      return btf_enum64_value(E);
    }
    return std::nullopt;
  }

private:
  const struct btf *B;
};

bool sameKind(unsigned LocalKind, const struct btf_type *T) {
  if (LocalKind == BTF_KIND_ENUM || LocalKind == BTF_KIND_ENUM64)
    return btf_is_any_enum(T);
  return btf_kind(T) == LocalKind;
}

} // namespace

CoreResolution model::resolveCore(const CoreLocalSpec &Spec,
                                  TargetBtf &Target) {
  CoreResolution Out;
  if (Spec.Kind == CoreKind::TypeIdLocal ||
      (Spec.Kind == CoreKind::TypeMatches && !Spec.LocalBtf)) {
    Out.Why = "CO-RE relocation kind " +
              std::to_string(static_cast<unsigned>(Spec.Kind)) +
              " is not modelled";
    return Out;
  }
  const struct btf *B = Target.get();
  if (!B) {
    Out.Why =
        "CO-RE relocation of '" + Spec.RootName +
        "' needs the target kernel's BTF (-verifiable-target-btf=FILE): " +
        Target.problem();
    return Out;
  }
  Walker W(B);
  std::optional<CoreResolution> Found;
  for (uint32_t Id : Target.typesNamed(essentialName(Spec.RootName))) {
    const struct btf_type *T = btf__type_by_id(B, Id);
    if (!sameKind(Spec.RootBtfKind, T))
      continue;
    std::optional<CoreResolution> R;
    if (isFieldKind(Spec.Kind)) {
      if (std::optional<TargetField> F = W.walk(Spec, Id))
        R = W.fieldValue(Spec.Kind, *F);
    } else if (isEnumValueKind(Spec.Kind)) {
      if (std::optional<uint64_t> V = W.enumerator(Id, Spec.Enumerator)) {
        R.emplace();
        R->Status = CoreResolution::Patched;
        R->Value = Spec.Kind == CoreKind::EnumValueExists ? 1 : *V;
      }
    } else if (Spec.Kind == CoreKind::TypeMatches) {
      std::optional<bool> Match =
          coreTypesMatch(Spec.LocalBtf.get(), Spec.LocalRootId, B, Id);
      if (!Match) {
        Out.Why = "CO-RE type match of '" + Spec.RootName +
                  "' nests too deeply (libbpf refuses to load)";
        return Out;
      }
      if (*Match) {
        R.emplace();
        R->Status = CoreResolution::Patched;
        R->Value = 1;
      }
    } else {
      R.emplace();
      R->Status = CoreResolution::Patched;
      if (Spec.Kind == CoreKind::TypeExists)
        R->Value = 1;
      else if (Spec.Kind == CoreKind::TypeIdTarget)
        R->Value = Id;
      else
        R->Value = btf__resolve_size(B, Id);
    }
    if (!R)
      continue;
    if (Found && Found->Value != R->Value) {
      Out.Why = "CO-RE relocation of '" + Spec.RootName +
                "' matches target types that disagree (libbpf refuses "
                "to load)";
      return Out;
    }
    Found = R;
  }
  if (Found)
    return *Found;
  // Nothing in the target matches.
  Out.Status = CoreResolution::Patched;
  Out.Value = 0;
  if (isFieldKind(Spec.Kind) && Spec.Kind != CoreKind::FieldExists)
    Out.Status = CoreResolution::Poisoned;
  if (Spec.Kind == CoreKind::EnumValue)
    Out.Status = CoreResolution::Poisoned;
  return Out;
}

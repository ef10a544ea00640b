//===- CoreSpecText.cpp - libbpf's words for a CO-RE relocation -----------===//
//
// The format, as libbpf prints a relocation's local spec:
//   <kind> [root id] <BTF kind> <root name or <anon>>
// then for enum values "::NAME = VALUE" (signed or not as the enum is), and
// for fields the accessors (".member" for named members, "[i]" for array
// indexes and for a first index above 0; anonymous members add none), the
// raw access string and the field's bit offset in bytes ("@ offset 8", or
// "@ offset 0.1" when not byte aligned). Type relocations stop after the
// name.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/CoreSpecText.h"

#include <bpf/btf.h>

#include <vector>

using namespace verifiable;
using namespace verifiable::model;

const char *model::coreKindName(CoreKind K) {
  switch (K) {
  case CoreKind::FieldByteOffset:
    return "byte_off";
  case CoreKind::FieldByteSize:
    return "byte_sz";
  case CoreKind::FieldExists:
    return "field_exists";
  case CoreKind::FieldSigned:
    return "signed";
  case CoreKind::FieldLShiftU64:
    return "lshift_u64";
  case CoreKind::FieldRShiftU64:
    return "rshift_u64";
  case CoreKind::TypeIdLocal:
    return "local_type_id";
  case CoreKind::TypeIdTarget:
    return "target_type_id";
  case CoreKind::TypeExists:
    return "type_exists";
  case CoreKind::TypeSize:
    return "type_size";
  case CoreKind::EnumValueExists:
    return "enumval_exists";
  case CoreKind::EnumValue:
    return "enumval_value";
  case CoreKind::TypeMatches:
    return "type_matches";
  }
  return "unknown";
}

const char *model::btfKindWord(unsigned BtfKind) {
  switch (BtfKind) {
  case BTF_KIND_UNKN:
    return "void";
  case BTF_KIND_INT:
    return "int";
  case BTF_KIND_PTR:
    return "ptr";
  case BTF_KIND_ARRAY:
    return "array";
  case BTF_KIND_STRUCT:
    return "struct";
  case BTF_KIND_UNION:
    return "union";
  case BTF_KIND_ENUM:
    return "enum";
  case BTF_KIND_FWD:
    return "fwd";
  case BTF_KIND_TYPEDEF:
    return "typedef";
  case BTF_KIND_VOLATILE:
    return "volatile";
  case BTF_KIND_CONST:
    return "const";
  case BTF_KIND_RESTRICT:
    return "restrict";
  case BTF_KIND_FUNC:
    return "func";
  case BTF_KIND_FUNC_PROTO:
    return "func_proto";
  case BTF_KIND_VAR:
    return "var";
  case BTF_KIND_DATASEC:
    return "datasec";
  case BTF_KIND_FLOAT:
    return "float";
  case BTF_KIND_DECL_TAG:
    return "decl_tag";
  case BTF_KIND_TYPE_TAG:
    return "type_tag";
  case BTF_KIND_ENUM64:
    return "enum64";
  default:
    return "unknown";
  }
}

namespace {

/// "0:1:2" as numbers; none when malformed.
std::optional<std::vector<uint32_t>> parseAccess(std::string_view Access) {
  std::vector<uint32_t> Raw;
  while (true) {
    size_t End = Access.find(':');
    std::string_view Part = Access.substr(0, End);
    if (Part.empty() || Part.size() > 9)
      return std::nullopt;
    uint32_t V = 0;
    for (char C : Part) {
      if (C < '0' || C > '9')
        return std::nullopt;
      V = V * 10 + (C - '0');
    }
    Raw.push_back(V);
    if (End == std::string_view::npos)
      return Raw;
    Access.remove_prefix(End + 1);
  }
}

/// \p Id with modifiers and typedefs skipped (updated in place).
const struct btf_type *skipModsAndTypedefs(const struct btf *B, uint32_t &Id) {
  const struct btf_type *T = btf__type_by_id(B, Id);
  while (T && (btf_is_mod(T) || btf_is_typedef(T))) {
    Id = T->type;
    T = btf__type_by_id(B, Id);
  }
  return T;
}

std::string enumeratorText(const struct btf *B, const struct btf_type *T,
                           uint32_t Index) {
  if (!T || !btf_is_any_enum(T) || Index >= btf_vlen(T))
    return "";
  bool Signed = btf_kflag(T);
  if (btf_is_enum(T)) {
    const struct btf_enum *E = btf_enum(T) + Index;
    std::string Value = Signed ? std::to_string(static_cast<int32_t>(E->val))
                               : std::to_string(static_cast<uint32_t>(E->val));
    return std::string("::") + btf__name_by_offset(B, E->name_off) + " = " +
           Value;
  }
  const struct btf_enum64 *E = btf_enum64(T) + Index;
  uint64_t V = btf_enum64_value(E);
  std::string Value =
      Signed ? std::to_string(static_cast<int64_t>(V)) : std::to_string(V);
  return std::string("::") + btf__name_by_offset(B, E->name_off) + " = " +
         Value;
}

/// The accessors and the bit offset of a field access; false when
/// \p Raw does not fit the root type.
bool fieldText(const struct btf *B, uint32_t RootId,
               const std::vector<uint32_t> &Raw, std::string &Out) {
  uint32_t Id = RootId;
  if (!skipModsAndTypedefs(B, Id))
    return false;
  int64_t Size = btf__resolve_size(B, Id);
  if (Size < 0)
    return false;
  uint64_t BitOffset = uint64_t(Raw[0]) * Size * 8;
  std::string Accessors = Raw[0] > 0 ? "[" + std::to_string(Raw[0]) + "]" : "";
  for (size_t I = 1; I < Raw.size(); ++I) {
    const struct btf_type *T = skipModsAndTypedefs(B, Id);
    if (!T)
      return false;
    if (btf_is_composite(T)) {
      if (Raw[I] >= btf_vlen(T))
        return false;
      const struct btf_member *M = btf_members(T) + Raw[I];
      BitOffset += btf_member_bit_offset(T, Raw[I]);
      if (M->name_off)
        Accessors += std::string(".") + btf__name_by_offset(B, M->name_off);
      Id = M->type;
      continue;
    }
    if (!btf_is_array(T))
      return false;
    const struct btf_array *A = btf_array(T);
    Id = A->type;
    if (!skipModsAndTypedefs(B, Id))
      return false;
    // A zero-length array is flexible: any index.
    if (A->nelems && Raw[I] >= A->nelems)
      return false;
    int64_t ElemSize = btf__resolve_size(B, Id);
    if (ElemSize < 0)
      return false;
    BitOffset += uint64_t(Raw[I]) * ElemSize * 8;
    Accessors += "[" + std::to_string(Raw[I]) + "]";
  }
  Out += Accessors + " (";
  for (size_t I = 0; I < Raw.size(); ++I)
    Out += (I ? ":" : "") + std::to_string(Raw[I]);
  Out += " @ offset " + std::to_string(BitOffset / 8);
  if (BitOffset % 8)
    Out += "." + std::to_string(BitOffset % 8);
  Out += ")";
  return true;
}

} // namespace

std::optional<std::string> model::formatCoreSpec(const struct btf *Local,
                                                 uint32_t RootId, CoreKind K,
                                                 std::string_view Access) {
  const struct btf_type *Root = btf__type_by_id(Local, RootId);
  std::optional<std::vector<uint32_t>> Raw = parseAccess(Access);
  if (!Root || !Raw)
    return std::nullopt;
  const char *Name = btf__name_by_offset(Local, Root->name_off);
  std::string Out = std::string("<") + coreKindName(K) + "> [" +
                    std::to_string(RootId) + "] " +
                    btfKindWord(btf_kind(Root)) + " " +
                    (Name && *Name ? Name : "<anon>");
  if (isEnumValueKind(K)) {
    uint32_t Id = RootId;
    std::string Enumerator =
        enumeratorText(Local, skipModsAndTypedefs(Local, Id), (*Raw)[0]);
    if (Enumerator.empty())
      return std::nullopt;
    return Out + Enumerator;
  }
  if (!isFieldKind(K))
    return Out;
  if (!fieldText(Local, RootId, *Raw, Out))
    return std::nullopt;
  return Out;
}

std::string model::coreFailureMessage(const std::string &Spec) {
  // libbpf formats the spec into 256 bytes (255 and the terminator).
  constexpr size_t Buffer = 256;
  if (Spec.size() < Buffer)
    return "failed to resolve CO-RE relocation " + Spec;
  return "failed to resolve CO-RE relocation " + Spec.substr(0, Buffer - 1) +
         "...";
}

//===- BtfStructAccess.cpp - Loads through kernel struct pointers ---------===//
//
// The kernel's btf_struct_walk() rules over libbpf's BTF API: find the
// member the bytes fall into (looking into nested structs, unions and
// arrays), and decide whether the access reads a number or a pointer to a
// struct, or is refused with the kernel's message.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/BtfStructAccess.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::model;

namespace {

bool isModifier(const struct btf_type *T) {
  return btf_is_typedef(T) || btf_is_volatile(T) || btf_is_const(T) ||
         btf_is_restrict(T) || btf_is_type_tag(T);
}

bool isStruct(const struct btf_type *T) {
  return btf_is_struct(T) || btf_is_union(T);
}

/// The kernel's __btf_resolve_size(): a member's type with modifiers and
/// arrays resolved, its whole size, and for arrays the element.
struct Resolved {
  const struct btf_type *Type = nullptr; // the outer array, or the type
  const struct btf_type *Elem = nullptr; // the type past modifiers/arrays
  uint32_t ElemId = 0;
  uint32_t Size = 0;
  uint32_t NElems = 1;
  bool IsArray = false;
};

bool resolveSize(const struct btf *B, uint32_t Id, Resolved &R) {
  const struct btf_type *T = btf__type_by_id(B, Id);
  uint64_t N = 1;
  for (int Depth = 0; T && Depth < 32; ++Depth) {
    if (btf_is_int(T) || isStruct(T) || btf_is_any_enum(T) || btf_is_float(T) ||
        btf_is_ptr(T)) {
      uint64_t Size = btf_is_ptr(T) ? 8 : T->size;
      if (N * Size > UINT32_MAX)
        return false;
      R.Size = static_cast<uint32_t>(N * Size);
      R.NElems = static_cast<uint32_t>(N);
      R.Elem = T;
      if (!R.IsArray) {
        R.Type = T;
        R.ElemId = Id;
      }
      return true;
    }
    if (isModifier(T)) {
      Id = T->type;
    } else if (btf_is_array(T)) {
      if (!R.IsArray)
        R.Type = T;
      R.IsArray = true;
      N *= btf_array(T)->nelems;
      Id = btf_array(T)->type;
      R.ElemId = Id;
    } else {
      return false;
    }
    T = btf__type_by_id(B, Id);
  }
  return false;
}

std::string nameOf(const struct btf *B, const struct btf_type *T) {
  const char *N = btf__name_by_offset(B, T->name_off);
  return N ? N : "";
}

BtfWalk fail(std::string Message) {
  BtfWalk W;
  W.K = BtfWalk::Error;
  W.Message = std::move(Message);
  return W;
}

BtfWalk scalar() {
  BtfWalk W;
  W.K = BtfWalk::Scalar;
  return W;
}

/// Past the end of \p T: only a flexible array at its end may be read.
/// Returns true with \p Off adjusted and \p T the element struct when the
/// walk goes on, false with \p Out set otherwise.
bool walkFlexibleArray(const struct btf *B, const struct btf_type *&T, int &Off,
                       int Size, BtfWalk &Out) {
  std::string Beyond = "access beyond struct " + nameOf(B, T) + " at off " +
                       std::to_string(static_cast<uint32_t>(Off)) + " size " +
                       std::to_string(static_cast<uint32_t>(Size));
  Out = fail(Beyond);
  unsigned VLen = btf_vlen(T);
  if (VLen == 0)
    return false;
  const struct btf_member *M = btf_members(T) + VLen - 1;
  const struct btf_type *MT = btf__type_by_id(B, btfSkipModifiers(B, M->type));
  if (!MT || !btf_is_array(MT) || btf_array(MT)->nelems != 0)
    return false;
  int MOff = static_cast<int>(btf_member_bit_offset(T, VLen - 1) / 8);
  if (Off < MOff)
    return false;
  const struct btf_type *E =
      btf__type_by_id(B, btfSkipModifiers(B, btf_array(MT)->type));
  if (E && btf_is_int(E)) {
    Out = scalar();
    return false;
  }
  if (!E || !isStruct(E) || !E->size)
    return false;
  Off = (Off - MOff) % static_cast<int>(E->size);
  T = E;
  return true;
}

/// A whole pointer member at \p MemberType: a pointer to a struct, or
/// untrusted memory for pointers to anything else.
BtfWalk pointerMember(const struct btf *B, const struct btf_type *Ptr,
                      const std::string &Field) {
  BtfWalk W;
  W.K = BtfWalk::UntrustedMem;
  const struct btf_type *Target = btf__type_by_id(B, Ptr->type);
  if (Target && btf_is_type_tag(Target))
    W.Tag = nameOf(B, Target);
  uint32_t Id = btfSkipModifiers(B, Ptr->type);
  const struct btf_type *S = btf__type_by_id(B, Id);
  if (Id && S && isStruct(S)) {
    W.K = BtfWalk::Pointer;
    W.NextType = Id;
    W.Field = Field;
  }
  return W;
}

} // namespace

uint32_t model::btfSkipModifiers(const struct btf *B, uint32_t Id) {
  for (int Depth = 0; Depth < 32; ++Depth) {
    const struct btf_type *T = btf__type_by_id(B, Id);
    if (!T || !isModifier(T))
      return Id;
    Id = T->type;
  }
  return Id;
}

std::string model::btfTypeName(const struct btf *B, uint32_t Id) {
  const struct btf_type *T = btf__type_by_id(B, Id);
  return T ? nameOf(B, T) : "";
}

uint32_t model::btfFindStruct(const struct btf *B, std::string_view Name) {
  int Id =
      btf__find_by_name_kind(B, std::string(Name).c_str(), BTF_KIND_STRUCT);
  return Id > 0 ? static_cast<uint32_t>(Id) : 0;
}

uint32_t model::btfKernelCtxStruct(const struct btf *B,
                                   std::string_view ProgTypeName) {
  uint32_t Convert = btfFindStruct(B, "bpf_ctx_convert");
  const struct btf_type *T = Convert ? btf__type_by_id(B, Convert) : nullptr;
  if (!T)
    return 0;
  std::string Want = std::string(ProgTypeName) + "_kern";
  const struct btf_member *M = btf_members(T);
  for (unsigned I = 0, N = btf_vlen(T); I < N; ++I, ++M) {
    const char *Name = btf__name_by_offset(B, M->name_off);
    if (!Name || Want != Name)
      continue;
    uint32_t Id = btfSkipModifiers(B, M->type);
    const struct btf_type *K = btf__type_by_id(B, Id);
    return K && btf_is_composite(K) ? Id : 0;
  }
  return 0;
}

BtfWalk model::btfStructAccess(const struct btf *B, uint32_t StructId, int Off,
                               int Size, bool WalkFlexArrays) {
  const struct btf_type *T = btf__type_by_id(B, btfSkipModifiers(B, StructId));
  bool ThroughUnion = false;
  for (int Depth = 0; T && Depth < 64; ++Depth) {
    std::string TName = nameOf(B, T);
    if (!isStruct(T))
      return fail("Type '" + TName + "' is not a struct");
    unsigned VLen = btf_vlen(T);
    if (btf_is_union(T) && VLen != 1)
      ThroughUnion = true;
    if (Off + Size > static_cast<int>(T->size)) {
      BtfWalk Out;
      if (!WalkFlexArrays) {
        Out = fail("access beyond struct " + TName + " at off " +
                   std::to_string(Off) + " size " + std::to_string(Size));
        return Out;
      }
      if (!walkFlexibleArray(B, T, Off, Size, Out))
        return Out;
      continue;
    }
    const struct btf_type *Next = nullptr;
    for (unsigned I = 0; I < VLen && !Next; ++I) {
      const struct btf_member *M = btf_members(T) + I;
      uint32_t BitOff = btf_member_bit_offset(T, I);
      int MOff = static_cast<int>(BitOff / 8);
      if (Off + Size <= MOff)
        break;
      if (uint32_t Bits = btf_member_bitfield_size(T, I)) {
        if (Off <= MOff &&
            static_cast<int>((BitOff + Bits + 7) / 8) <= Off + Size)
          return scalar();
        continue;
      }
      if (Off < MOff)
        break;
      std::string MName = btf__name_by_offset(B, M->name_off);
      Resolved R;
      if (!resolveSize(B, M->type, R))
        return fail("field " + MName + " doesn't have size");
      int TrueEnd = MOff + static_cast<int>(R.Size);
      if (Off >= TrueEnd)
        continue;
      const struct btf_type *MT = R.Type;
      int MSize = static_cast<int>(R.Size);
      if (R.IsArray) {
        if (R.Size == 0)
          continue;
        MSize = static_cast<int>(R.Size / R.NElems);
        MOff += (Off - MOff) / MSize * MSize;
        MT = R.Elem;
      }
      if (isStruct(MT)) {
        // The bytes are inside a nested struct or union: look them up
        // again inside it.
        Off -= MOff;
        Next = MT;
        break;
      }
      if (btf_is_ptr(MT)) {
        if (MSize != Size || Off != MOff)
          return fail("cannot access ptr member " + MName + " with moff " +
                      std::to_string(MOff) + " in struct " + TName +
                      " with off " + std::to_string(Off) + " size " +
                      std::to_string(Size));
        BtfWalk W = pointerMember(B, MT, MName);
        W.ThroughUnion = ThroughUnion;
        return W;
      }
      if (Off + Size > TrueEnd && !ThroughUnion)
        return fail("access beyond the end of member " + MName +
                    " (mend:" + std::to_string(TrueEnd) + ") in struct " +
                    TName + " with off " + std::to_string(Off) + " size " +
                    std::to_string(Size));
      return scalar();
    }
    if (!Next)
      return fail("struct " + TName + " doesn't have field at offset " +
                  std::to_string(Off));
    T = Next;
  }
  return fail("Type '' is not a struct");
}

bool model::btfNestedTypeIsTrusted(const struct btf *B, uint32_t WalkedStruct,
                                   std::string_view Field, uint32_t PointeeId,
                                   std::string_view Suffix) {
  const struct btf_type *W = btf__type_by_id(B, WalkedStruct);
  if (!W)
    return false;
  std::string SafeName = nameOf(B, W) + std::string(Suffix);
  if (SafeName.size() >= 64)
    return false;
  int SafeId = btf__find_by_name_kind(B, SafeName.c_str(), btf_kind(W));
  const struct btf_type *Safe =
      SafeId > 0 ? btf__type_by_id(B, static_cast<uint32_t>(SafeId)) : nullptr;
  if (!Safe)
    return false;
  for (unsigned I = 0; I < btf_vlen(Safe); ++I) {
    const struct btf_member *M = btf_members(Safe) + I;
    const struct btf_type *MT = btf__type_by_id(B, M->type);
    if (!MT || !btf_is_ptr(MT))
      continue;
    if (btfSkipModifiers(B, MT->type) == PointeeId &&
        Field == btf__name_by_offset(B, M->name_off))
      return true;
  }
  return false;
}

/// The struct member of \p T that holds byte \p Off: its struct type and
/// start, or 0 when the byte is in no struct member.
static uint32_t nestedStructAt(const struct btf *B, const struct btf_type *T,
                               int Off, int &Start) {
  for (unsigned I = 0; I < btf_vlen(T); ++I) {
    const struct btf_member *M = btf_members(T) + I;
    int MOff = static_cast<int>(btf_member_bit_offset(T, I) / 8);
    Resolved R;
    if (btf_member_bitfield_size(T, I) || Off < MOff ||
        !resolveSize(B, M->type, R) || R.Size == 0 ||
        Off >= MOff + static_cast<int>(R.Size))
      continue;
    if (!isStruct(R.Elem))
      return 0;
    uint32_t ElemSize = R.Size / R.NElems;
    Start = MOff + static_cast<int>((Off - MOff) / ElemSize * ElemSize);
    return btfSkipModifiers(B, R.ElemId);
  }
  return 0;
}

bool model::btfStructIdsMatch(const struct btf *B, uint32_t Id, int Off,
                              uint32_t Need) {
  Id = btfSkipModifiers(B, Id);
  if (Off == 0 && Id == Need)
    return true;
  for (int Depth = 0; Depth < 64; ++Depth) {
    const struct btf_type *T = btf__type_by_id(B, Id);
    if (!T || !isStruct(T) || Off < 0 || Off >= static_cast<int>(T->size))
      return false;
    int Start = 0;
    Id = nestedStructAt(B, T, Off, Start);
    if (!Id)
      return false;
    Off -= Start;
    if (Off == 0 && Id == Need)
      return true;
  }
  return false;
}

bool model::btfStructIdsMatchStrict(const struct btf *B, uint32_t Id, int Off,
                                    uint32_t Need) {
  return Off == 0 && btfSkipModifiers(B, Id) == btfSkipModifiers(B, Need);
}

static bool isScalarStructAt(const struct btf *B, const struct btf_type *T,
                             int Depth) {
  if (!T || !isStruct(T))
    return false;
  const struct btf_member *M = btf_members(T);
  for (unsigned I = 0, N = btf_vlen(T); I < N; ++I) {
    const struct btf_type *MT =
        btf__type_by_id(B, model::btfSkipModifiers(B, M[I].type));
    if (MT && isStruct(MT)) {
      if (Depth >= 3 || !isScalarStructAt(B, MT, Depth + 1))
        return false;
      continue;
    }
    if (MT && btf_is_array(MT)) {
      const struct btf_array *A = btf_array(MT);
      if (!A->nelems)
        return false;
      MT = btf__type_by_id(B, model::btfSkipModifiers(B, A->type));
    }
    if (!MT || !(btf_is_int(MT) || btf_is_any_enum(MT)))
      return false;
  }
  return true;
}

bool model::btfIsScalarStruct(const struct btf *B, uint32_t Id) {
  return isScalarStructAt(B, btf__type_by_id(B, btfSkipModifiers(B, Id)), 0);
}

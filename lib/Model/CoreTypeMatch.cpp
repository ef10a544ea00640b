//===- CoreTypeMatch.cpp - libbpf's type-match relation -------------------===//
//
// The rules (libbpf's, for BPF_CORE_TYPE_MATCHES), after modifiers and
// typedefs are skipped on both sides:
// - names match when either is empty or their essential names (without a
//   ___flavor suffix) are equal;
// - void matches void;
// - a forward declaration matches one of the same kind (struct or union);
//   behind a pointer also the struct or union it declares;
// - enums (32- or 64-bit alike) of the same size whose every local
//   enumerator names one of the target's;
// - structs and unions: behind a pointer, the same kind (or a forward
//   declaration of it) is enough; otherwise every local member has a
//   same-named target member whose type matches, recursively;
// - integers of the same size and signedness;
// - pointers whose pointees match (from then on "behind a pointer");
// - arrays of the same length whose elements match;
// - function prototypes with as many parameters, each matching, and a
//   matching return type;
// - any other kind (floats included) does not match.
// libbpf gives up on types nested more than 32 levels deep, or followed
// through more than 32 pointers, arrays and prototypes in one step.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/CoreTypeMatch.h"
#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::model;

namespace {

constexpr int MaxLevel = 32;
constexpr int MaxSteps = 32;

class Matcher {
public:
  Matcher(const struct btf *L, const struct btf *T) : L(L), T(T) {}

  /// 1 when the types match, 0 when not, -1 when libbpf gives up.
  int match(uint32_t LId, uint32_t TId, bool BehindPtr, int Level) const;

private:
  static const struct btf_type *skip(const struct btf *B, uint32_t &Id) {
    const struct btf_type *Ty = btf__type_by_id(B, Id);
    while (Ty && (btf_is_mod(Ty) || btf_is_typedef(Ty))) {
      Id = Ty->type;
      Ty = btf__type_by_id(B, Id);
    }
    return Ty;
  }

  bool namesMatch(uint32_t LOff, uint32_t TOff) const {
    const char *LN = btf__name_by_offset(L, LOff);
    const char *TN = btf__name_by_offset(T, TOff);
    if (!LN || !*LN || !TN || !*TN)
      return true;
    return essentialName(LN) == essentialName(TN);
  }

  bool enumsMatch(const struct btf_type *LT, const struct btf_type *TT) const;
  int compositesMatch(const struct btf_type *LT, const struct btf_type *TT,
                      bool BehindPtr, int Level) const;

  const struct btf *L;
  const struct btf *T;
};

uint32_t enumeratorName(const struct btf_type *Ty, unsigned I) {
  return btf_is_enum(Ty) ? btf_enum(Ty)[I].name_off
                         : btf_enum64(Ty)[I].name_off;
}

bool Matcher::enumsMatch(const struct btf_type *LT,
                         const struct btf_type *TT) const {
  if (LT->size != TT->size || btf_vlen(LT) > btf_vlen(TT))
    return false;
  for (unsigned I = 0, N = btf_vlen(LT); I < N; ++I) {
    bool Found = false;
    for (unsigned J = 0, M = btf_vlen(TT); J < M && !Found; ++J)
      Found = namesMatch(enumeratorName(LT, I), enumeratorName(TT, J));
    if (!Found)
      return false;
  }
  return true;
}

int Matcher::compositesMatch(const struct btf_type *LT,
                             const struct btf_type *TT, bool BehindPtr,
                             int Level) const {
  if (btf_vlen(LT) > btf_vlen(TT))
    return 0;
  const struct btf_member *LM = btf_members(LT);
  for (unsigned I = 0, N = btf_vlen(LT); I < N; ++I, ++LM) {
    bool Found = false;
    const struct btf_member *TM = btf_members(TT);
    for (unsigned J = 0, M = btf_vlen(TT); J < M && !Found; ++J, ++TM) {
      if (!namesMatch(LM->name_off, TM->name_off))
        continue;
      int R = match(LM->type, TM->type, BehindPtr, Level - 1);
      if (R < 0)
        return R;
      Found = R > 0;
    }
    if (!Found)
      return 0;
  }
  return 1;
}

int Matcher::match(uint32_t LId, uint32_t TId, bool BehindPtr,
                   int Level) const {
  if (Level <= 0)
    return -1;
  for (int Steps = 0; Steps < MaxSteps; ++Steps) {
    const struct btf_type *LT = skip(L, LId);
    const struct btf_type *TT = skip(T, TId);
    if (!LT || !TT)
      return -1;
    if (!namesMatch(LT->name_off, TT->name_off))
      return 0;
    unsigned LK = btf_kind(LT), TK = btf_kind(TT);
    switch (LK) {
    case BTF_KIND_UNKN:
      return LK == TK;
    case BTF_KIND_FWD:
      if (LK == TK)
        return btf_kflag(LT) == btf_kflag(TT);
      // A forward declaration's kflag says union (1) or struct (0).
      return BehindPtr && ((TK == BTF_KIND_STRUCT && !btf_kflag(LT)) ||
                           (TK == BTF_KIND_UNION && btf_kflag(LT)));
    case BTF_KIND_ENUM:
    case BTF_KIND_ENUM64:
      return btf_is_any_enum(TT) && enumsMatch(LT, TT);
    case BTF_KIND_STRUCT:
    case BTF_KIND_UNION:
      if (BehindPtr) {
        if (LK == TK)
          return 1;
        return TK == BTF_KIND_FWD &&
               (LK == BTF_KIND_UNION) == static_cast<bool>(btf_kflag(TT));
      }
      if (LK != TK)
        return 0;
      return compositesMatch(LT, TT, BehindPtr, Level);
    case BTF_KIND_INT:
      return LK == TK && LT->size == TT->size &&
             (btf_int_encoding(LT) & BTF_INT_SIGNED) ==
                 (btf_int_encoding(TT) & BTF_INT_SIGNED);
    case BTF_KIND_PTR:
      if (LK != TK)
        return 0;
      BehindPtr = true;
      LId = LT->type;
      TId = TT->type;
      continue;
    case BTF_KIND_ARRAY:
      if (LK != TK || btf_array(LT)->nelems != btf_array(TT)->nelems)
        return 0;
      LId = btf_array(LT)->type;
      TId = btf_array(TT)->type;
      continue;
    case BTF_KIND_FUNC_PROTO: {
      if (LK != TK || btf_vlen(LT) != btf_vlen(TT))
        return 0;
      const struct btf_param *LP = btf_params(LT);
      const struct btf_param *TP = btf_params(TT);
      for (unsigned I = 0, N = btf_vlen(LT); I < N; ++I) {
        int R = match(LP[I].type, TP[I].type, BehindPtr, Level - 1);
        if (R <= 0)
          return R;
      }
      LId = LT->type;
      TId = TT->type;
      continue;
    }
    default:
      return 0;
    }
  }
  return -1;
}

} // namespace

std::optional<bool> model::coreTypesMatch(const struct btf *Local,
                                          uint32_t LocalId,
                                          const struct btf *Target,
                                          uint32_t TargetId) {
  int R = Matcher(Local, Target).match(LocalId, TargetId, false, MaxLevel);
  if (R < 0)
    return std::nullopt;
  return R > 0;
}

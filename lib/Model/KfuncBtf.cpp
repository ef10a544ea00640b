//===- KfuncBtf.cpp - A kfunc's prototype from the target BTF -------------===//
//
// Reads a kfunc's FUNC and FUNC_PROTO from the target kernel's BTF with
// libbpf's BTF API and classifies each parameter the way the kernel's
// check_kfunc_args() does: by type (modifiers and typedefs skipped) and by
// parameter-name suffix.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/KfuncBtf.h"
#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::model;

static bool endsWith(std::string_view S, std::string_view Suffix) {
  return S.size() >= Suffix.size() &&
         S.substr(S.size() - Suffix.size()) == Suffix;
}

uint32_t model::kfuncParamSuffixes(std::string_view Name) {
  static const struct {
    const char *Text;
    KfuncSuffix Bit;
  } Table[] = {
      {"__sz", SuffixSz},
      {"__szk", SuffixSzk},
      {"__k", SuffixK},
      {"__ign", SuffixIgn},
      {"__uninit", SuffixUninit},
      {"__opt", SuffixOpt},
      {"__nullable", SuffixNullable},
      {"__str", SuffixStr},
      {"__map", SuffixMap},
      {"__refcounted_kptr", SuffixRefcountedKptr},
      {"__iter", SuffixIter},
      {"__irq_flag", SuffixIrqFlag},
      {"__async", SuffixAsync},
  };
  uint32_t Bits = 0;
  for (const auto &S : Table)
    if (endsWith(Name, S.Text))
      Bits |= S.Bit;
  return Bits;
}

/// The type \p Id names, past typedefs and qualifiers; \p Id becomes its id.
static const struct btf_type *skipModifiers(const struct btf *B, uint32_t &Id) {
  const struct btf_type *T = btf__type_by_id(B, Id);
  while (T && (btf_is_mod(T) || btf_is_typedef(T))) {
    Id = T->type;
    T = btf__type_by_id(B, Id);
  }
  return T;
}

static KfuncType classify(const struct btf *B, uint32_t Id) {
  KfuncType K;
  const struct btf_type *T = Id ? skipModifiers(B, Id) : nullptr;
  if (!T) {
    K.Kind = KfuncTypeKind::Void;
    return K;
  }
  if (btf_is_int(T) || btf_is_enum(T) || btf_is_enum64(T)) {
    K.Kind = KfuncTypeKind::Scalar;
    K.Size = T->size;
    return K;
  }
  if (!btf_is_ptr(T))
    return K;
  uint32_t ToId = T->type;
  const struct btf_type *To = ToId ? skipModifiers(B, ToId) : nullptr;
  if (!To) {
    K.Kind = KfuncTypeKind::PtrToVoid;
  } else if (btf_is_int(To) || btf_is_enum(To) || btf_is_enum64(To)) {
    K.Kind = KfuncTypeKind::PtrToScalar;
    K.Size = To->size;
  } else if (btf_is_func_proto(To)) {
    K.Kind = KfuncTypeKind::PtrToFunc;
  } else if (btf_is_struct(To) || btf_is_union(To)) {
    K.StructName = btf__name_by_offset(B, To->name_off);
    K.StructId = ToId;
    K.Size = To->size;
    std::string_view N = K.StructName;
    K.Kind = N.substr(0, 9) == "bpf_iter_" ? KfuncTypeKind::PtrToIter
             : N == "bpf_dynptr"           ? KfuncTypeKind::PtrToDynptr
                                           : KfuncTypeKind::PtrToStruct;
  }
  return K;
}

std::optional<KfuncProto> model::readKfuncProto(TargetBtf &Target,
                                                std::string_view Name,
                                                std::string &Problem) {
  const struct btf *B = Target.get();
  if (!B) {
    Problem = Target.problem();
    return std::nullopt;
  }
  std::string N(Name);
  int Id = btf__find_by_name_kind(B, N.c_str(), BTF_KIND_FUNC);
  if (Id <= 0) {
    Problem = "kfunc '" + N + "' is not in the target kernel's BTF";
    return std::nullopt;
  }
  const struct btf_type *Proto =
      btf__type_by_id(B, btf__type_by_id(B, Id)->type);
  if (!Proto || !btf_is_func_proto(Proto)) {
    Problem = "kfunc '" + N + "' has no prototype in the target BTF";
    return std::nullopt;
  }
  KfuncProto P;
  P.Return = classify(B, Proto->type);
  const struct btf_param *Params = btf_params(Proto);
  for (int I = 0, E = btf_vlen(Proto); I < E; ++I) {
    KfuncParam Param;
    Param.Name = btf__name_by_offset(B, Params[I].name_off);
    Param.Type = classify(B, Params[I].type);
    Param.Suffixes = kfuncParamSuffixes(Param.Name);
    P.Params.push_back(std::move(Param));
  }
  return P;
}

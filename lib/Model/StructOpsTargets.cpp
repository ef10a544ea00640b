//===- StructOpsTargets.cpp - The member a struct_ops program implements --===//
//
// A struct_ops program's context is the prototype of the struct member it
// is stored in, looked up in the target kernel's BTF the way libbpf and the
// kernel's check_struct_ops_btf_id() do. What BTF does not say (which
// members may be implemented, which arguments may be NULL, sleepable
// members) is in StructOps.def; anything not described there is unknown.
//
//===----------------------------------------------------------------------===//
#include "AttachTargets.h"
#include "verifiable/Model/BtfStructAccess.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::model;

namespace {

struct OpsRow {
  std::string_view Name;
  bool SockIsTcpSock;
  bool SleepChecked;
};

constexpr OpsRow OpsRows[] = {
#define STRUCT_OPS(Name, SockIsTcpSock, SleepChecked)                          \
  {Name, SockIsTcpSock, SleepChecked},
#include "StructOps.def"
};

struct MemberRow {
  std::string_view Struct;
  std::string_view Member;
  const char *Stub; // null: not supported
  bool MaySleep;
};

constexpr MemberRow MemberRows[] = {
#define STRUCT_OPS_MEMBER(Struct, Member, Stub, MaySleep)                      \
  {Struct, Member, Stub, MaySleep},
#define STRUCT_OPS_UNSUPPORTED(Struct, Member) {Struct, Member, nullptr, false},
#include "StructOps.def"
};

const OpsRow *findOps(std::string_view Name) {
  for (const OpsRow &R : OpsRows)
    if (R.Name == Name)
      return &R;
  return nullptr;
}

const MemberRow *findMember(std::string_view Struct, std::string_view Member) {
  for (const MemberRow &R : MemberRows)
    if (R.Struct == Struct && R.Member == Member)
      return &R;
  return nullptr;
}

bool hasSuffix(std::string_view S, std::string_view Suffix) {
  return S.size() >= Suffix.size() &&
         S.substr(S.size() - Suffix.size()) == Suffix;
}

/// The FUNC_PROTO a member of function pointer type points to, or 0.
uint32_t memberFuncProto(const struct btf *B, uint32_t Type) {
  const struct btf_type *T = btf__type_by_id(B, btfSkipModifiers(B, Type));
  if (!T || !btf_is_ptr(T))
    return 0;
  uint32_t Proto = btfSkipModifiers(B, T->type);
  const struct btf_type *P = btf__type_by_id(B, Proto);
  return P && btf_is_func_proto(P) ? Proto : 0;
}

/// Reads the stub's parameter names: `__nullable` arguments may be NULL;
/// `__ref` ones (newer kernels) carry a reference, which is not modelled.
bool readStub(const struct btf *B, const MemberRow &M,
              const struct btf_type *Proto, AttachTarget &T, std::string &Why) {
  int Id = btf__find_by_name_kind(B, M.Stub, BTF_KIND_FUNC);
  const struct btf_type *F =
      Id > 0 ? btf__type_by_id(B, static_cast<uint32_t>(Id)) : nullptr;
  const struct btf_type *Stub = F ? btf__type_by_id(B, F->type) : nullptr;
  if (!Stub || !btf_is_func_proto(Stub) || btf_vlen(Stub) != btf_vlen(Proto)) {
    Why = "the stub '" + std::string(M.Stub) + "' of member '" +
          std::string(M.Member) + "' is not in the target kernel's BTF";
    return false;
  }
  const struct btf_param *P = btf_params(Stub);
  for (unsigned I = 0; I < btf_vlen(Stub); ++I) {
    const char *N = btf__name_by_offset(B, P[I].name_off);
    std::string_view Name = N ? N : "";
    if (hasSuffix(Name, "__nullable"))
      T.NullableArgs |= uint64_t(1) << I;
    if (hasSuffix(Name, "__ref")) {
      Why = "argument '" + std::string(Name) + "' of struct_ops member '" +
            std::string(M.Member) +
            "' carries a reference, which is not "
            "modelled";
      return false;
    }
  }
  return true;
}

} // namespace

bool model::findStructOpsTarget(const struct btf *B, const SectionInfo &Info,
                                std::string_view Struct,
                                std::string_view Member, AttachTarget &T,
                                std::string &Why) {
  std::string S(Struct), M(Member);
  int Id = btf__find_by_name_kind(B, S.c_str(), BTF_KIND_STRUCT);
  std::string Value = "bpf_struct_ops_" + S;
  if (Id <= 0 ||
      btf__find_by_name_kind(B, Value.c_str(), BTF_KIND_STRUCT) <= 0) {
    Why = "struct_ops type 'struct " + S +
          "' is not in the target kernel's BTF (libbpf fails to load the "
          "object)";
    return false;
  }
  const OpsRow *Ops = findOps(S);
  if (!Ops) {
    Why = "struct_ops type 'struct " + S + "' is not described yet";
    return false;
  }
  const struct btf_type *ST = btf__type_by_id(B, static_cast<uint32_t>(Id));
  const struct btf_member *Found = nullptr;
  for (unsigned I = 0; I < btf_vlen(ST); ++I) {
    const char *N = btf__name_by_offset(B, btf_members(ST)[I].name_off);
    if (N && M == N)
      Found = &btf_members(ST)[I];
  }
  uint32_t Proto = Found ? memberFuncProto(B, Found->type) : 0;
  if (!Proto) {
    Why = "member '" + M + "' of struct " + S +
          (Found ? " is not a function pointer"
                 : " is not in the target "
                   "kernel's BTF") +
          " (libbpf fails to load the object)";
    return false;
  }
  std::string Unsupported =
      "attach to unsupported member " + M + " of struct " + S;
  const MemberRow *Row = findMember(S, M);
  if (!Row) {
    Why = "member '" + M + "' of struct " + S + " is not described yet";
    return false;
  }
  T.Proto = Proto;
  T.Func = M;
  T.Trusted = true; // prog_args_trusted()
  if (!Row->Stub) {
    T.Refused = Unsupported;
    return true;
  }
  if (Info.Sleepable && !Row->MaySleep) {
    if (!Ops->SleepChecked) {
      Why = "sleepable programs on struct " + S + " are not described yet";
      return false;
    }
    T.Refused = Unsupported;
    return true;
  }
  const struct btf_type *P = btf__type_by_id(B, Proto);
  if (!readStub(B, *Row, P, T, Why))
    return false;
  const struct btf_type *Ret = btf__type_by_id(B, btfSkipModifiers(B, P->type));
  if (P->type && Ret && btf_is_ptr(Ret)) {
    Why = "member '" + M +
          "' returns a pointer: what the kernel allows a "
          "struct_ops program to return there is not modelled";
    return false;
  }
  T.Ret = P->type ? AttachTarget::RetByType : AttachTarget::RetAny;
  if (Ops->SockIsTcpSock) {
    T.PromoteFrom = btfFindStruct(B, "sock");
    T.PromoteTo = btfFindStruct(B, "tcp_sock");
  }
  return true;
}

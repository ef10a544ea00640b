//===- KfuncCasts.cpp - bpf_cast_to_kern_ctx and bpf_rdonly_cast ----------===//
//
// Two kfuncs that only retype a pointer, special-cased by the kernel's
// check_kfunc_call(): bpf_cast_to_kern_ctx() takes the program's context
// and returns a trusted pointer to the kernel's own context struct for the
// program type (struct sk_buff behind a tc program's __sk_buff, struct
// xdp_buff behind xdp_md); bpf_rdonly_cast() takes any value and a target
// BTF type id (a known constant, usually bpf_core_type_id_kernel()) and
// returns an untrusted pointer to that struct, which may only be read.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "KfuncCall.h"
#include "MemAccess.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"
#include "verifiable/Model/ProgTypes.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isCastKfunc(const std::string &Name) {
  return Name == "bpf_cast_to_kern_ctx" || Name == "bpf_rdonly_cast";
}

bool analysis::checkKernCtxArg(TransferEnv &E, const KfuncCall &K, Path &P,
                               int Regno) {
  const RegState &R = P.State.reg(Regno);
  if (R.Type == RegType::Ctx && !checkUnmodifiedPtr(E, Regno, R))
    return false;
  if (R.Type != RegType::Ctx || R.maybeNull())
    return E.reject("arg#" + std::to_string(Regno - 1) +
                    " expected pointer to ctx, but got " + R.typeName());
  return true;
}

/// bpf_cast_to_kern_ctx(): the kernel context struct of the program type.
static bool kernCtxResult(TransferEnv &E, const KfuncCall &K, RegState &R0) {
  const struct btf *B = targetBtf(E);
  if (!B)
    return E.unknown("the result of kfunc '" + K.Name +
                     "' without a target kernel BTF");
  uint32_t Struct =
      model::btfKernelCtxStruct(B, model::progTypeName(E.Section.Type));
  if (!Struct)
    return E.unknown(std::string("the kernel context of ") +
                     model::progTypeName(E.Section.Type) +
                     " programs is not a struct of the target BTF");
  R0 = btfPointer(Struct, BtfTrusted);
  return true;
}

/// bpf_rdonly_cast(obj, btf_id): the struct btf_id names, untrusted.
static bool rdonlyCastResult(TransferEnv &E, const KfuncCall &K, Path &P,
                             RegState &R0) {
  const struct btf *B = targetBtf(E);
  if (!B)
    return E.unknown("the result of kfunc '" + K.Name +
                     "' without a target kernel BTF");
  const RegState &Id = P.State.reg(2); // a known constant (__k)
  uint64_t TypeId = Id.Var.constValue();
  const struct btf_type *T =
      TypeId < btf__type_cnt(B)
          ? btf__type_by_id(B, static_cast<uint32_t>(TypeId))
          : nullptr;
  if (TypeId == 0)
    return E.unknown("bpf_rdonly_cast() to void (read-only untrusted memory) "
                     "is not modelled yet");
  if (!T)
    return E.unknown("bpf_rdonly_cast() to type id " + std::to_string(TypeId) +
                     ", which the target BTF does not have");
  // The kernel's btf_type_is_struct(): a struct or a union.
  if (!btf_is_composite(T))
    return E.reject("kfunc bpf_rdonly_cast type ID argument must be of a "
                    "struct or void");
  R0 = btfPointer(static_cast<uint32_t>(TypeId), BtfUntrusted);
  return true;
}

bool analysis::castKfuncResult(TransferEnv &E, Path &P, const KfuncCall &K,
                               RegState &R0) {
  return K.Name == "bpf_cast_to_kern_ctx" ? kernCtxResult(E, K, R0)
                                          : rdonlyCastResult(E, K, P, R0);
}

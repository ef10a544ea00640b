//===- KfuncStructArg.cpp - Kernel struct arguments and results of kfuncs -===//
//
// Kfuncs such as bpf_task_acquire(), bpf_cgroup_release() or
// bpf_cpumask_set_cpu() take and return pointers to kernel structs. The
// kernel checks such an argument by the register's trust (KF_TRUSTED_ARGS,
// KF_RCU, KF_RELEASE), its offset and the struct it points to
// (check_kfunc_args() with process_kf_arg_ptr_to_btf_id()), records the
// reference a release kfunc gives back, and types the result of an
// acquiring kfunc as a referenced, possibly NULL kernel struct pointer.
// Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "KfuncCall.h"
#include "LocalObjects.h"
#include "Messages.h"
#include "References.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isTrustedReg(const RegState &R) {
  if (R.RefObjId)
    return true;
  return (R.Flags & BtfTrusted) &&
         !(R.Flags & (BtfUntrusted | BtfRcu | MaybeNull));
}

namespace {

bool trustedArgs(const KfuncCall &K) {
  return K.Info.has(model::KF_TRUSTED_ARGS) || K.Info.has(model::KF_RELEASE);
}

/// Struct parameters the kernel gives their own argument kinds
/// (get_kfunc_ptr_arg_type()): graph roots and nodes, workqueues, maps,
/// allocated objects. None of the modelled kfuncs takes one.
bool specialStructParam(const model::KfuncParam &P) {
  const std::string &N = P.Type.StructName;
  return N == "bpf_list_head" || N == "bpf_list_node" || N == "bpf_rb_root" ||
         N == "bpf_rb_node" || N == "bpf_wq" || P.has(model::SuffixMap) ||
         P.has(model::SuffixRefcountedKptr) || P.has(model::SuffixStr) ||
         P.Name.find("__alloc") != std::string::npos;
}

/// A struct name up to its "___flavour" suffix (bpf_core_essential_name_len()).
std::string_view essentialName(std::string_view N) {
  size_t I = N.find("___");
  return I == std::string_view::npos ? N : N.substr(0, I);
}

/// The kernel struct a register of a non-BTF pointer type stands for when
/// passed to a kfunc (the kernel's reg2btf_ids[]): such pointers are
/// trusted. 0 for other types.
uint32_t reg2BtfId(const struct btf *B, RegType T) {
  switch (T) {
  case RegType::ConstMapPtr:
    return model::btfFindStruct(B, "bpf_map");
  case RegType::Socket:
    return model::btfFindStruct(B, "sock");
  case RegType::SockCommon:
    return model::btfFindStruct(B, "sock_common");
  case RegType::TcpSock:
    return model::btfFindStruct(B, "tcp_sock");
  default:
    return 0;
  }
}

} // namespace

bool analysis::checkKfuncStructArg(TransferEnv &E, Path &P, KfuncCall &K,
                                   int Regno) {
  const model::KfuncParam &Param = K.Proto.Params[Regno - 1];
  RegState AsBtf;
  const RegState *RP = &P.State.reg(Regno);
  if (uint32_t Id = targetBtf(E) ? reg2BtfId(targetBtf(E), RP->Type) : 0) {
    AsBtf = *RP;
    AsBtf.Type = RegType::BtfId;
    AsBtf.BtfType = Id;
    AsBtf.Flags = (RP->Flags & MaybeNull) | BtfTrusted;
    RP = &AsBtf;
  }
  const RegState &R = *RP;
  std::string Arg = std::to_string(Regno - 1);
  std::string RName = regName(Regno);
  const struct btf *B = targetBtf(E);
  if (isAllocObj(R))
    return E.unknown("a program-allocated object passed to kfunc '" + K.Name +
                     "' is not modelled yet");
  if (!B || specialStructParam(Param))
    return E.unknown("argument " + Param.Name + " of kfunc '" + K.Name +
                     "' is not modelled yet");
  bool Nullable = Param.has(model::SuffixNullable);
  bool Rcu = K.Info.has(model::KF_RCU);
  if ((trustedArgs(K) || Rcu) && (R.isKnownZero() || R.maybeNull()) &&
      !Nullable)
    return E.reject("Possibly NULL pointer passed to trusted arg" + Arg);
  if (R.RefObjId) {
    K.RefObjId = R.RefObjId;
    if (K.Info.has(model::KF_RELEASE))
      K.ReleaseRegno = Regno;
  }
  if (Nullable && R.isKnownZero())
    return true;
  std::string Want = model::btfTypeName(B, Param.Type.StructId);
  if (R.Type != RegType::BtfId) {
    if (R.isPointer() && R.Type != RegType::Stack && R.Type != RegType::Mem &&
        R.Type != RegType::MapValue && R.Type != RegType::Scalar)
      return E.unknown("a " + R.typeName() + " pointer passed to kfunc '" +
                       K.Name + "' is not modelled yet");
    if (model::btfIsScalarStruct(B, Param.Type.StructId))
      return E.unknown("memory passed as struct " + Want + " to kfunc '" +
                       K.Name + "' is not modelled yet");
    return E.reject("arg#" + Arg + " pointer type STRUCT " + Want +
                    " must point to scalar, or struct with scalar");
  }
  if (trustedArgs(K) || Rcu) {
    if (!isTrustedReg(R) && !Rcu)
      return E.reject(RName + " must be referenced or trusted");
    if (!isTrustedReg(R) && !(R.Flags & BtfRcu))
      return E.reject(RName + " must be a rcu pointer");
  }
  if (!R.Var.isConst() || R.Var.constValue())
    return E.unknown("a kernel struct pointer with a variable offset passed "
                     "to kfunc '" +
                     K.Name + "' is not modelled yet");
  bool Release = K.Info.has(model::KF_RELEASE) && R.RefObjId;
  if (Release && R.Off)
    return E.reject(RName + " must have zero offset when passed to release "
                            "func or trusted arg to kfunc");
  bool Unsafe = R.Flags & (BtfUntrusted | BtfRcu | MaybeNull);
  if (Unsafe && R.Off)
    return E.reject("dereference of modified " + R.typeName() + " ptr " +
                    RName + " off=" + std::to_string(R.Off) + " disallowed");
  if (Unsafe && !(R.Flags & BtfRcu)) {
    RegState Base = R;
    Base.Flags &= BtfTrusted;
    return E.reject("arg#" + Arg + " is " + R.typeName() + " expected " +
                    Base.typeName() + " or socket");
  }
  uint32_t Need = model::btfSkipModifiers(B, Param.Type.StructId);
  // Strict for a release, and for types that are flavours of one another
  // such as nf_conn and nf_conn___init (btf_type_ids_nocast_alias()).
  std::string Have = model::btfTypeName(B, R.BtfType);
  bool Strict = Release || essentialName(Have) == essentialName(Want);
  bool Same = Strict ? model::btfStructIdsMatchStrict(B, R.BtfType, R.Off, Need)
                     : model::btfStructIdsMatch(B, R.BtfType, R.Off, Need);
  if (!Same)
    return E.reject("kernel function " + K.Name + " args#" + Arg +
                    " expected pointer to STRUCT " + Want + " but " + RName +
                    " has a pointer to STRUCT " +
                    model::btfTypeName(B, R.BtfType));
  return true;
}

bool analysis::finishKfuncStructArgs(TransferEnv &E, Path &P,
                                     const KfuncCall &K) {
  if (!K.Info.has(model::KF_RELEASE))
    return true;
  if (!K.ReleaseRegno)
    return E.reject("release kernel function " + K.Name +
                    " expects refcounted PTR_TO_BTF_ID");
  if (!releaseReference(E, P.State, K.RefObjId))
    return E.unknown("kfunc '" + K.Name +
                     "' releases a reference the "
                     "engine does not hold");
  return true;
}

bool analysis::kfuncStructResult(TransferEnv &E, Path &P, const KfuncCall &K,
                                 RegState &R0) {
  const model::KfuncType &T = K.Proto.Return;
  if (!targetBtf(E) || T.StructName.rfind("bpf_iter_", 0) == 0)
    return E.unknown("the result of kfunc '" + K.Name +
                     "' is not modelled yet");
  uint16_t Flags = 0;
  if (K.Info.has(model::KF_RCU_PROTECTED))
    Flags |= BtfRcu;
  R0 = btfPointer(model::btfSkipModifiers(E.Btf, T.StructId), Flags);
  if (K.Info.has(model::KF_RET_NULL)) {
    R0.Flags |= MaybeNull;
    R0.Id = E.newId();
  }
  if (K.Info.has(model::KF_ACQUIRE)) {
    uint32_t Id = acquireReference(E, P.State, P.Pc);
    if (K.Info.has(model::KF_RET_NULL))
      R0.Id = Id;
    R0.RefObjId = Id;
  }
  return true;
}

//===- KfuncCall.cpp - Calls of kernel functions --------------------------===//
//
// The kernel's check_kfunc_call(), for the kfuncs the engine models: the
// kfunc must be in a set registered for the program type, its prototype
// comes from the target kernel's BTF, each argument is checked by its BTF
// type and name suffix (check_kfunc_args()), then R0 is set from the
// return type and R1-R5 are clobbered. A kfunc the model does not know, or
// an argument kind it does not check yet, makes the verdict unknown.
//
//===----------------------------------------------------------------------===//
#include "KfuncCall.h"
#include "CriticalSections.h"
#include "DynptrKfuncs.h"
#include "Dynptrs.h"
#include "Graphs.h"
#include "Iterators.h"
#include "LocalObjects.h"
#include "Subprograms.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

/// Kfuncs whose every effect the engine models.
static bool isModelled(const std::string &Name) {
  static const char *const Names[] = {
      "bpf_iter_num_new",
      "bpf_iter_num_next",
      "bpf_iter_num_destroy",
      "bpf_iter_bits_new",
      "bpf_iter_bits_next",
      "bpf_iter_bits_destroy",
      "bpf_dynptr_size",
      "bpf_dynptr_is_null",
      "bpf_dynptr_is_rdonly",
      "bpf_dynptr_adjust",
      "bpf_dynptr_clone",
      "bpf_throw",            // Exceptions.cpp
      "bpf_cast_to_kern_ctx", // KfuncCasts.cpp
      "bpf_rdonly_cast",
      // skb and xdp dynptrs and slices (DynptrKfuncs.cpp).
      "bpf_dynptr_from_skb",
      "bpf_dynptr_from_xdp",
      "bpf_dynptr_slice",
      "bpf_dynptr_slice_rdwr",
      // Kernel struct pointers in and out (KfuncStructArg.cpp).
      "bpf_task_acquire",
      "bpf_task_release",
      "bpf_task_from_pid",
      "bpf_cgroup_acquire",
      "bpf_cgroup_release",
      "bpf_cgroup_ancestor",
      "bpf_cgroup_from_id",
      "bpf_task_get_cgroup1",
      "bpf_task_under_cgroup",
      "bpf_cpumask_create",
      "bpf_cpumask_release",
      "bpf_cpumask_acquire",
      "bpf_cpumask_first",
      "bpf_cpumask_first_zero",
      "bpf_cpumask_first_and",
      "bpf_cpumask_set_cpu",
      "bpf_cpumask_clear_cpu",
      "bpf_cpumask_test_cpu",
      "bpf_cpumask_test_and_set_cpu",
      "bpf_cpumask_test_and_clear_cpu",
      "bpf_cpumask_setall",
      "bpf_cpumask_clear",
      "bpf_cpumask_and",
      "bpf_cpumask_or",
      "bpf_cpumask_xor",
      "bpf_cpumask_equal",
      "bpf_cpumask_intersects",
      "bpf_cpumask_subset",
      "bpf_cpumask_empty",
      "bpf_cpumask_full",
      "bpf_cpumask_copy",
      "bpf_cpumask_weight",
      // TCP congestion-control kfuncs (struct_ops only).
      "tcp_reno_ssthresh",
      "tcp_reno_cong_avoid",
      "tcp_reno_undo_cwnd",
      "tcp_slow_start",
      "tcp_cong_avoid_ai",
      "cubictcp_init",
      "cubictcp_recalc_ssthresh",
      "cubictcp_cong_avoid",
      "cubictcp_state",
      "cubictcp_cwnd_event",
      "cubictcp_acked",
      // Issue 14: kernel struct and memory arguments.
      "bpf_cpumask_any_distribute",
      "bpf_cpumask_any_and_distribute",
      "bpf_map_sum_elem_count",
      "bpf_copy_from_user_str",
      "bpf_strnstr", // __ign strings, a scalar length, an int result
      "bpf_sock_destroy",
      "bpf_crypto_ctx_create",
      "bpf_crypto_ctx_acquire",
      "bpf_crypto_ctx_release",
  };
  for (const char *N : Names)
    if (Name == N)
      return true;
  return isCriticalSectionKfunc(Name) || isLocalObjectKfunc(Name) ||
         isGraphKfunc(Name) || isWorkqueueKfunc(Name) || isResLockKfunc(Name) ||
         isKernelObjectIterKfunc(Name) || isConntrackKfunc(Name);
}

/// One argument against its BTF type (the loop of check_kfunc_args()).
static bool checkKfuncArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno) {
  const model::KfuncParam &Param = K.Proto.Params[Regno - 1];
  if (Param.has(model::SuffixIgn))
    return true;
  if (isPacketDynptrKfunc(K.Name) && Regno == 1)
    return checkDynptrCtxArg(E, P, K, Regno);
  if (isDynptrSliceKfunc(K.Name) && Param.has(model::SuffixSzk))
    return true; // checked with the buffer before it
  const RegState &R = P.State.reg(Regno);
  if (isWorkqueueKfunc(K.Name) &&
      Param.Type.Kind != model::KfuncTypeKind::Scalar)
    return checkWorkqueueArg(E, P, K, Regno);
  if (isResLockKfunc(K.Name))
    return checkResLockArg(E, P, K, Regno);
  if (isGraphKfunc(K.Name) &&
      (Param.Type.Kind == model::KfuncTypeKind::PtrToStruct ||
       Param.Type.Kind == model::KfuncTypeKind::PtrToFunc))
    return checkGraphArg(E, P, K, Regno);
  if (isKfuncCtxParam(E, Param) && isConntrackKfunc(K.Name))
    return checkKfuncCtxParam(E, P, K, Regno);
  if (!isDynptrSliceKfunc(K.Name) && isKfuncMemArg(E, P, K, Regno))
    return checkKfuncMemArg(E, P, K, Regno);
  switch (Param.Type.Kind) {
  case model::KfuncTypeKind::Scalar:
    if (!R.isScalar())
      return E.reject(regName(Regno) + " is not a scalar");
    if (Param.has(model::SuffixK) && !R.Var.isConst())
      return E.reject(regName(Regno) + " must be a known constant");
    return true;
  case model::KfuncTypeKind::PtrToIter:
    return checkCssTaskIterAllowed(E, K) &&
           processIterArg(E, P, K, Regno, Param.Type);
  case model::KfuncTypeKind::PtrToDynptr: {
    bool Uninit = Param.has(model::SuffixUninit);
    std::optional<DynptrSlot> Found;
    uint32_t CloneRef = K.InitializedDynptr ? K.InitializedDynptr->RefObjId : 0;
    if (!checkKfuncDynptrArg(E, P, Regno, Uninit, uninitDynptrKind(K), CloneRef,
                             Found))
      return false;
    if (Found)
      K.InitializedDynptr = Found;
    return true;
  }
  case model::KfuncTypeKind::PtrToStruct:
    return checkKfuncStructArg(E, P, K, Regno);
  case model::KfuncTypeKind::PtrToVoid:
    if (K.Name == "bpf_cast_to_kern_ctx")
      return checkKernCtxArg(E, K, P, Regno);
    if (isDynptrSliceKfunc(K.Name) && Param.has(model::SuffixOpt))
      return checkSliceBufferArg(E, P, K, Regno);
    if (Param.Name.size() > 7 &&
        Param.Name.compare(Param.Name.size() - 7, 7, "__alloc") == 0 &&
        isLocalObjectKfunc(K.Name))
      return checkAllocObjArg(E, P, K, Regno);
    if (Param.has(model::SuffixRefcountedKptr) &&
        K.Name == "bpf_refcount_acquire_impl")
      return checkRefcountedArg(E, P, K, Regno);
    [[fallthrough]];
  default:
    return E.unknown("argument " + Param.Name + " of kfunc '" + K.Name +
                     "' is not modelled yet");
  }
}

/// R0 from the return type (the end of check_kfunc_call()).
static bool kfuncResult(TransferEnv &E, Path &P, const KfuncCall &K,
                        RegState &R0) {
  const model::KfuncType &T = K.Proto.Return;
  if (isCastKfunc(K.Name)) {
    if (!castKfuncResult(E, P, K, R0))
      return false;
    R0.Origin = P.Pc;
    return true;
  }
  if (isGraphKfunc(K.Name) && T.Kind == model::KfuncTypeKind::PtrToStruct) {
    if (!graphResult(E, P, K, R0))
      return false;
    R0.Origin = P.Pc;
    return true;
  }
  if (K.Info.has(model::KF_ITER_NEXT) && isKernelObjectIterKfunc(K.Name)) {
    if (!kernelIterNextResult(E, P, K, R0))
      return false;
    R0.Origin = P.Pc;
    return true;
  }
  if (isDynptrSliceKfunc(K.Name)) {
    if (!dynptrSliceResult(E, P, K, R0))
      return false;
    R0.Origin = P.Pc;
    return true;
  }
  if (isObjNewKfunc(K.Name) || K.Name == "bpf_refcount_acquire_impl") {
    bool Ok = isObjNewKfunc(K.Name) ? objNewResult(E, P, K, R0)
                                    : refcountAcquireResult(E, P, K, R0);
    if (!Ok)
      return false;
    R0.Origin = P.Pc;
    return true;
  }
  switch (T.Kind) {
  case model::KfuncTypeKind::Void:
    R0 = RegState::notInit();
    return true;
  case model::KfuncTypeKind::Scalar:
    R0 = RegState::unknownScalar();
    break;
  case model::KfuncTypeKind::PtrToScalar:
    // Memory of the pointee's size, read-only.
    R0 = RegState::pointer(RegType::Mem, ReadOnly);
    R0.MemSize = T.Size;
    if (K.Info.has(model::KF_RET_NULL)) {
      R0.Flags |= MaybeNull;
      R0.Id = E.newId();
    }
    break;
  case model::KfuncTypeKind::PtrToStruct:
    if (!kfuncStructResult(E, P, K, R0))
      return false;
    break;
  default:
    return E.unknown("the result of kfunc '" + K.Name +
                     "' is not modelled yet");
  }
  R0.Origin = P.Pc;
  return true;
}

/// The kfunc's row, if this program may call it (the kernel's
/// add_kfunc_call() and fetch_kfunc_meta()), or a verdict.
static const model::KfuncInfo *availableKfunc(TransferEnv &E,
                                              const std::string &N) {
  const model::KfuncInfo *Info = model::findKfunc(N);
  if (!Info) {
    E.unknown("call of kfunc '" + N + "' is not modelled yet");
    return nullptr;
  }
  if (!E.Prog.isGPLCompatible()) {
    E.reject("cannot call kernel function from non-GPL compatible program");
    return nullptr;
  }
  if (!model::kfuncAllowed(*Info, E.Section.Type, E.Profile,
                           E.Section.Attach)) {
    E.reject("calling kernel function " + N + " is not allowed");
    return nullptr;
  }
  if (Info->has(model::KF_SLEEPABLE) && !E.Section.Sleepable) {
    E.reject("program must be sleepable to call sleepable kfunc " + N);
    return nullptr;
  }
  return Info;
}

/// The prototype of a kfunc whose every effect is modelled, or a verdict.
static std::optional<model::KfuncProto> kfuncProto(TransferEnv &E,
                                                   const std::string &N) {
  if (!isModelled(N)) {
    E.unknown("call of kfunc '" + N + "' is not modelled yet");
    return std::nullopt;
  }
  if (!E.Profile.has(model::KernelFeature::TrustedBtfPointers)) {
    E.unknown("kfunc calls are not modelled for kernels before 6.2");
    return std::nullopt;
  }
  if (!E.Opts.TargetBtf) {
    E.unknown("call of kfunc '" + N + "' without a target kernel BTF");
    return std::nullopt;
  }
  std::string Problem;
  std::optional<model::KfuncProto> P =
      model::readKfuncProto(*E.Opts.TargetBtf, N, Problem);
  if (!P)
    E.unknown(Problem);
  return P;
}

Step analysis::transferKfuncCall(TransferEnv &E, Path &P, const bpf::Insn &I) {
  const model::KfuncInfo *Info = availableKfunc(E, I.Ref.Name);
  if (!Info)
    return Step::Stop;
  std::optional<model::KfuncProto> Proto = kfuncProto(E, I.Ref.Name);
  if (!Proto)
    return Step::Stop;
  KfuncCall K{I.Ref.Name, *Info, *Proto};
  if (K.Proto.Params.size() > 5)
    return E.unknown("kfunc '" + K.Name + "' takes more than 5 arguments");
  if (!isLocalObjectKfunc(K.Name) && !isGraphKfunc(K.Name) &&
      !refuseAllocObjArgs(E, P.State, static_cast<int>(K.Proto.Params.size()),
                          "kfunc '" + K.Name + "'"))
    return Step::Stop;
  for (int R = 1; R <= static_cast<int>(K.Proto.Params.size()); ++R)
    if (!checkKfuncArg(E, P, K, R))
      return Step::Stop;
  if (isGraphKfunc(K.Name) && !finishGraphArgs(E, P, K))
    return Step::Stop;
  if (isWorkqueueKfunc(K.Name) && !finishWorkqueueArgs(E, P, K))
    return Step::Stop;
  if (!checkRcuProtectedCall(E, P.State, K))
    return Step::Stop;
  if (!finishKfuncStructArgs(E, P, K))
    return Step::Stop;
  if (K.Name == "bpf_throw")
    return transferThrow(E, P);
  RegState R0;
  if (!kfuncResult(E, P, K, R0))
    return Step::Stop;
  VerifierState &S = P.State;
  if (!updateCriticalSections(E, S, K.Name, Info->has(model::KF_SLEEPABLE)))
    return Step::Stop;
  S.reg(0) = R0;
  if (Info->has(model::KF_ITER_NEXT))
    processIterNext(E, P);
  for (int R = 1; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  if (isResLockKfunc(K.Name) && !finishResLock(E, P, K))
    return Step::Stop;
  ++P.Pc;
  return Step::Next;
}

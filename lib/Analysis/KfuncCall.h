//===- KfuncCall.h - Calls of kernel functions ------------------*- C++ -*-===//
//
// Internal to lib/Analysis. A kfunc call (the kernel's check_kfunc_call())
// is checked against the kfunc's flags (lib/Model Kfuncs.h) and its
// prototype in the target kernel's BTF (KfuncBtf.h). Iterator kfuncs are
// in Iterators.h.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_KFUNCCALL_H
#define VERIFIABLE_LIB_ANALYSIS_KFUNCCALL_H

#include "Outcome.h"
#include "Path.h"

#include "verifiable/Analysis/StackState.h"
#include "verifiable/Model/KfuncBtf.h"
#include "verifiable/Model/Kfuncs.h"
#include "verifiable/Program/Insn.h"
#include "verifiable/Program/LocalType.h"

#include <optional>
#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// One kfunc call being checked (the kernel's bpf_kfunc_call_arg_meta).
struct KfuncCall {
  const std::string &Name;
  const model::KfuncInfo &Info;
  const model::KfuncProto &Proto;
  /// The initialised dynptr an earlier argument passed
  /// (meta->initialized_dynptr): what bpf_dynptr_clone() copies.
  std::optional<DynptrSlot> InitializedDynptr = std::nullopt;
  /// The reference an argument carries (meta->ref_obj_id) and, for a
  /// release kfunc, the register that gives it back (meta->release_regno).
  uint32_t RefObjId = 0;
  int ReleaseRegno = 0;
  /// The program-allocated object bpf_refcount_acquire_impl() was given
  /// (meta->arg_btf_id).
  const bpf::LocalType *RefcountedType = nullptr;
  /// bpf_refcount_acquire_impl() was given an owning reference
  /// (meta->arg_owning_ref): its result is then never NULL.
  bool ArgOwningRef = false;
  /// A graph kfunc's root (meta->arg_list_head / arg_rbtree_root): the
  /// field, the struct it contains and the offset of that struct's node.
  const bpf::SpecialField *GraphRoot = nullptr;
  const bpf::LocalType *GraphValue = nullptr;
  uint32_t GraphNodeOff = 0;
  /// bpf_rbtree_add_impl(): the `less` callback (meta->subprogno).
  int Callback = -1;
  /// The constant size argument (meta->arg_constant) of a dynptr slice.
  std::optional<uint64_t> ConstSize = std::nullopt;
  /// The map whose value holds the bpf_wq argument (meta->map.ptr).
  const bpf::MapDef *WqMap = nullptr;
  /// The lock a bpf_res_spin_lock kfunc is given: its map and the id of
  /// the map value pointer.
  const bpf::MapDef *LockMap = nullptr;
  uint32_t LockId = 0;
};

/// A pointer-to-kernel-struct argument (KfuncStructArg.cpp).
bool checkKfuncStructArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
/// After the arguments: a release kfunc gives its reference back.
bool finishKfuncStructArgs(TransferEnv &E, Path &P, const KfuncCall &K);
/// R0 of a kfunc returning a kernel struct pointer; acquires a reference
/// for KF_ACQUIRE kfuncs.
bool kfuncStructResult(TransferEnv &E, Path &P, const KfuncCall &K,
                       RegState &R0);

/// Whether R<Regno> is memory (KF_ARG_PTR_TO_MEM, or KF_ARG_PTR_TO_MEM_SIZE
/// with the size after it), and its check (KfuncMemArg.cpp).
bool isKfuncMemArg(TransferEnv &E, const Path &P, const KfuncCall &K,
                   int Regno);
bool checkKfuncMemArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
/// R<Regno> as memory of the size in R<Regno + 1>, read then written by
/// the kfunc (check_kfunc_mem_size_reg()); shared with bpf_dynptr_slice()'s
/// buffer. A stack buffer holds unknown bytes afterwards.
bool checkKfuncMemAndSize(TransferEnv &E, Path &P, const KfuncCall &K,
                          int Regno);

/// The conntrack kfuncs (ConntrackKfuncs.cpp).
bool isConntrackKfunc(const std::string &Name);
/// A parameter that takes the program's context (struct xdp_md,
/// struct __sk_buff), and its check (KF_ARG_PTR_TO_CTX).
bool isKfuncCtxParam(TransferEnv &E, const model::KfuncParam &P);
bool checkKfuncCtxParam(TransferEnv &E, Path &P, const KfuncCall &K, int Regno);

/// Before verification: calls of the XDP metadata kfuncs, which need a
/// device-bound program (DevBoundKfuncs.cpp).
bool checkDevBoundKfuncs(TransferEnv &E);

/// bpf_cast_to_kern_ctx() and bpf_rdonly_cast(), which retype a pointer
/// (KfuncCasts.cpp).
bool isCastKfunc(const std::string &Name);
/// bpf_cast_to_kern_ctx()'s argument: the program's unmodified context.
bool checkKernCtxArg(TransferEnv &E, const KfuncCall &K, Path &P, int Regno);
/// R0 of a cast kfunc: the kernel context struct, or the struct named by a
/// constant type id.
bool castKfuncResult(TransferEnv &E, Path &P, const KfuncCall &K, RegState &R0);
/// A kfunc call.
Step transferKfuncCall(TransferEnv &E, Path &P, const bpf::Insn &I);

/// bpf_wq_init, bpf_wq_set_callback_impl and bpf_wq_start
/// (Workqueues.cpp).
bool isWorkqueueKfunc(const std::string &Name);
/// A pointer or callback argument of a bpf_wq kfunc.
bool checkWorkqueueArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
/// After the arguments: bpf_wq_set_callback_impl() queues its callback.
bool finishWorkqueueArgs(TransferEnv &E, Path &P, const KfuncCall &K);

/// bpf_res_spin_lock and bpf_res_spin_unlock (ResilientLocks.cpp).
bool isResLockKfunc(const std::string &Name);
/// Their lock argument: a map value's bpf_res_spin_lock.
bool checkResLockArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
/// After the call's R0 is set: the lock taken (the path forks on success
/// and failure) or released.
bool finishResLock(TransferEnv &E, Path &P, const KfuncCall &K);

} // namespace analysis
} // namespace verifiable

#endif

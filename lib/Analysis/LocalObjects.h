//===- LocalObjects.h - Objects the program allocates -----------*- C++ -*-===//
//
// Internal to lib/Analysis. bpf_obj_new() hands out an object of a struct
// of the program's own BTF (the kernel's PTR_TO_BTF_ID | MEM_ALLOC): a
// referenced, possibly NULL pointer whose plain fields the program reads
// and writes within the struct, whose special fields (locks, list and tree
// nodes, refcounts, kptrs) it never touches directly, and which
// bpf_obj_drop() or bpf_kptr_xchg() into a map gives back
// (LocalObjects.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_LOCALOBJECTS_H
#define VERIFIABLE_LIB_ANALYSIS_LOCALOBJECTS_H

#include "KfuncCall.h"
#include "MemAccess.h"

#include "verifiable/Analysis/RegState.h"
#include "verifiable/Program/LocalType.h"

struct btf;

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// An object from bpf_obj_new() (or bpf_kptr_xchg() of a local kptr).
inline bool isAllocObj(const RegState &R) {
  return R.Type == RegType::BtfId && (R.Flags & MemAlloc);
}

/// The program's local BTF, read on first use; null when there is none.
const struct btf *localBtf(TransferEnv &E);

/// The local struct an allocated-object pointer points to.
const bpf::LocalType *localTypeOf(TransferEnv &E, const RegState &R);

/// A pointer to a new object of local type \p T (flags added to MemAlloc).
RegState allocObjPointer(const bpf::LocalType &T, uint16_t Flags);

/// A load or store through an allocated object; \p A relative to the
/// pointer's base (check_ptr_to_btf_access() with btf_struct_access()).
bool checkAllocObjAccess(TransferEnv &E, const RegState &Ptr,
                         const MemAccess &A);

/// Whether \p Name is bpf_obj_new_impl or bpf_percpu_obj_new_impl.
bool isObjNewKfunc(const std::string &Name);
/// Whether \p Name is one of the kfuncs this file models.
bool isLocalObjectKfunc(const std::string &Name);

/// R0 of bpf_obj_new_impl()/bpf_percpu_obj_new_impl(): R1 is the type id
/// (already checked to be a known constant).
bool objNewResult(TransferEnv &E, Path &P, const KfuncCall &K, RegState &R0);

/// A `__alloc` argument (KF_ARG_PTR_TO_ALLOC_BTF_ID) of bpf_obj_drop_impl()
/// or bpf_percpu_obj_drop_impl().
bool checkAllocObjArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);

/// The `__refcounted_kptr` argument of bpf_refcount_acquire_impl()
/// (KF_ARG_PTR_TO_REFCOUNTED_KPTR), and its result.
bool checkRefcountedArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
bool refcountAcquireResult(TransferEnv &E, Path &P, const KfuncCall &K,
                           RegState &R0);

/// A helper or kfunc argument other than those above holding an allocated
/// object: not modelled (the kernel's rules for them differ by callee).
bool refuseAllocObjArgs(TransferEnv &E, const VerifierState &S, int NumArgs,
                        const std::string &Callee, int AllowedRegno = 0);

} // namespace analysis
} // namespace verifiable

#endif

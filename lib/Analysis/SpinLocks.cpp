//===- SpinLocks.cpp - bpf_spin_lock() and bpf_spin_unlock() --------------===//
//
// The kernel lets a program hold one bpf_spin_lock at a time, the one in a
// map value (or a global variable) at the offset the value's BTF puts it.
// The state remembers which lock is held: the map and the id of the map
// value pointer it was taken through (a lookup's result keeps its id past
// the NULL check when the value holds a lock). Unlocking needs the same
// map and id. While the lock is held no helper but bpf_spin_unlock() and
// no global function may be called, and the program may not exit, nor run
// a legacy packet load. Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "Graphs.h"
#include "LocalObjects.h"
#include "Locks.h"
#include "Messages.h"
#include "TransferEnv.h"

#include "verifiable/Model/Helpers.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::mayPointToSpinLock(const RegState &R) {
  return R.Type == RegType::MapValue && R.Map &&
         (R.Map->findField(bpf::SpecialField::SpinLock) ||
          R.Map->findField(bpf::SpecialField::ResSpinLock));
}

/// What names the lock of every program-allocated object in
/// VerifierState::LockMap: the kernel's active_lock.ptr is then the
/// program's BTF, one for all of them; the object's id tells them apart.
static const bpf::MapDef LocalObjectLocks = [] {
  bpf::MapDef M;
  M.Name = "(program-allocated objects)";
  return M;
}();

/// The lock of a program-allocated object (process_spin_lock() on
/// PTR_TO_BTF_ID | MEM_ALLOC): its map-like identity, or null with a
/// verdict.
static const bpf::MapDef *allocObjLock(TransferEnv &E, const RegState &R,
                                       int Regno) {
  // spin_lock_types holds MEM_ALLOC without other flags.
  if (R.maybeNull() || (R.Flags & ~MemAlloc)) {
    if (R.maybeNull())
      noteMaybeNull(E, Regno, R);
    rejectTypeMismatch(E, Regno, R, "map_value, ptr_");
    return nullptr;
  }
  const bpf::LocalType *T = localTypeOf(E, R);
  if (!T || !T->Unmodelled.empty() || !R.Id) {
    E.unknown("the lock of this program-allocated object is not modelled");
    return nullptr;
  }
  // check_func_arg_reg_off(): a fixed offset, no variable one.
  if (R.Off < 0 || !R.Var.isConst() || R.Var.constValue()) {
    E.unknown("a lock at a negative or variable offset of a "
              "program-allocated object is not modelled");
    return nullptr;
  }
  const bpf::SpecialField *F = nullptr;
  for (const bpf::SpecialField &Field : T->Fields)
    if (Field.K == bpf::SpecialField::SpinLock)
      F = &Field;
  if (!F) {
    E.reject("local 'kptr' has no valid bpf_spin_lock");
    return nullptr;
  }
  if (static_cast<uint32_t>(R.Off) != F->Offset) {
    E.reject("off " + std::to_string(R.Off) +
             " doesn't point to 'struct bpf_spin_lock' that is at " +
             std::to_string(F->Offset));
    return nullptr;
  }
  return &LocalObjectLocks;
}

bool analysis::checkSpinLockArg(TransferEnv &E, VerifierState &S, int Regno,
                                bool Lock) {
  const RegState &R = S.reg(Regno);
  if ((R.Type == RegType::MapValue || isAllocObj(R)) && !R.maybeNull() &&
      inRbtreeCallback(E, S))
    return E.reject("can't spin_{lock,unlock} in rbtree cb");
  // spin_lock_types: map values and allocated objects.
  const bpf::MapDef *M = nullptr;
  if (isAllocObj(R)) {
    M = allocObjLock(E, R, Regno);
  } else if (specialFieldArg(E, R, Regno, bpf::SpecialField::SpinLock,
                             "map_value, ptr_")) {
    M = R.Map;
  }
  if (!M)
    return false;
  if (R.Id == 0 && !E.Profile.has(model::KernelFeature::LockWithoutLookup))
    return E.unknown("a bpf_spin_lock reached without a map lookup (global "
                     "data, a callback's value) is not modelled for kernels "
                     "before 6.2");
  if (S.LockRes)
    return E.unknown("a bpf_spin_lock with a bpf_res_spin_lock held is not "
                     "modelled yet");
  if (Lock) {
    if (S.holdsLock())
      return E.reject("Locking two bpf_spin_locks are not allowed");
    S.LockMap = M;
    S.LockId = R.Id;
    return true;
  }
  if (!S.holdsLock())
    return E.reject("bpf_spin_unlock without taking a lock");
  if (S.LockMap != M || S.LockId != R.Id)
    return E.reject("bpf_spin_unlock of different lock");
  invalidateNonOwningRefs(E, S);
  S.LockMap = nullptr;
  S.LockId = 0;
  return true;
}

/// The kfuncs 6.18 allows under a lock (kfunc_spin_allowed()) besides the
/// graph kfuncs the engine models: none of them is modelled.
static bool mayBeAllowedUnderLock(const std::string &Name) {
  for (const char *Prefix : {"bpf_list_", "bpf_rbtree_", "bpf_iter_num_",
                             "bpf_arena_", "bpf_res_spin_"})
    if (Name.rfind(Prefix, 0) == 0)
      return true;
  return false;
}

bool analysis::checkCallUnderLock(TransferEnv &E, const VerifierState &S,
                                  const bpf::Insn &I) {
  if (!S.holdsLock())
    return true;
  if (I.isHelperCall()) {
    if (I.Imm == model::BPF_FUNC_spin_unlock)
      return true;
  } else if (I.isKfuncCall()) {
    // The same inside bpf_rbtree_add_impl()'s callback, which runs under
    // the lock.
    if (isGraphApiKfunc(I.Ref.Name) || I.Ref.Name == "bpf_res_spin_unlock")
      return true;
    if (mayBeAllowedUnderLock(I.Ref.Name))
      return E.unknown("kfunc '" + I.Ref.Name +
                       "' under a bpf_spin_lock is not modelled yet");
  } else if (E.Profile.has(model::KernelFeature::StaticCallsUnderLock)) {
    // Static functions run under the caller's lock; global ones are
    // refused after their arguments are checked (GlobalFunctions.cpp).
    return true;
  }
  return E.reject("function calls are not allowed while holding a lock");
}

bool analysis::checkNoLockHeld(TransferEnv &E, const VerifierState &S,
                               const std::string &Where) {
  if (S.holdsLock())
    return E.reject(Where + " cannot be used inside bpf_spin_lock-ed region");
  return true;
}

bool analysis::checkLockReleasedAtExit(TransferEnv &E, const VerifierState &S,
                                       bool MainProg) {
  if (MainProg &&
      E.Profile.has(model::KernelFeature::CriticalSectionExitMessage))
    return checkNoLockHeld(E, S, "BPF_EXIT instruction in main prog");
  if (S.holdsLock())
    return E.reject("bpf_spin_unlock is missing");
  return true;
}

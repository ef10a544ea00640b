//===- ResilientLocks.cpp - bpf_res_spin_lock() and its unlock ------------===//
//
// A `struct bpf_res_spin_lock` in a map value is taken with the kfunc
// bpf_res_spin_lock(), which may fail (deadlock, timeout): the kernel then
// forks the path at the call, one where the lock is held and R0 is 0, one
// where it is not and R0 is an error (s32 in [-MAX_ERRNO, -1]), so only a
// program that tests the result may unlock (6.18's check_kfunc_call()).
// The held lock is the engine's one lock (VerifierState::LockMap/LockId,
// flagged LockRes): exits, calls and graph kfuncs under it are checked as
// under a bpf_spin_lock. The kernel lets a program hold several resilient
// locks, and one with a bpf_spin_lock, released in the reverse order; the
// engine holds one lock at a time, so a second one is unknown, as are the
// _irqsave variants and locks in program-allocated objects. Messages as
// the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "Explorer.h"
#include "Graphs.h"
#include "KfuncCall.h"
#include "LocalObjects.h"
#include "Locks.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isResLockKfunc(const std::string &Name) {
  return Name == "bpf_res_spin_lock" || Name == "bpf_res_spin_unlock";
}

bool analysis::checkResLockArg(TransferEnv &E, Path &P, KfuncCall &K,
                               int Regno) {
  const RegState &R = P.State.reg(Regno);
  if (isAllocObj(R) || R.maybeNull())
    return E.unknown("a bpf_res_spin_lock argument that is not a map value "
                     "is not modelled yet");
  // KF_ARG_PTR_TO_RES_SPIN_LOCK, then process_spin_lock().
  if (R.Type != RegType::MapValue)
    return E.reject("arg#" + std::to_string(Regno - 1) +
                    " doesn't point to map value or allocated object");
  if (!specialFieldArg(E, R, Regno, bpf::SpecialField::ResSpinLock,
                       "map_value"))
    return false;
  K.LockMap = R.Map;
  K.LockId = R.Id;
  return true;
}

/// The failed acquisition: the lock is not held, R0 an error.
static RegState lockError() {
  RegState R0 = RegState::unknownScalar();
  R0.Var.S32Min = -4095; // -MAX_ERRNO
  R0.Var.S32Max = -1;
  R0.Var.sync();
  return R0;
}

bool analysis::finishResLock(TransferEnv &E, Path &P, const KfuncCall &K) {
  VerifierState &S = P.State;
  if (K.Name == "bpf_res_spin_lock") {
    if (S.holdsLock())
      return E.unknown("a bpf_res_spin_lock taken while another lock is "
                       "held is not modelled yet");
    VerifierState Failed = S;
    Failed.reg(0) = lockError();
    Failed.reg(0).Origin = P.Pc;
    E.Paths.pushBranch(P, std::move(Failed), P.Pc + 1);
    S.LockMap = K.LockMap;
    S.LockId = K.LockId;
    S.LockRes = true;
    S.reg(0) = RegState::constant(0);
    S.reg(0).Origin = P.Pc;
    return true;
  }
  if (!S.holdsLock())
    return E.reject("bpf_res_spin_unlock without taking a lock");
  if (!S.LockRes)
    return E.unknown("bpf_res_spin_unlock while a bpf_spin_lock is held is "
                     "not modelled yet");
  if (S.LockMap != K.LockMap || S.LockId != K.LockId)
    return E.reject("bpf_res_spin_unlock of different lock");
  invalidateNonOwningRefs(E, S);
  S.LockMap = nullptr;
  S.LockId = 0;
  S.LockRes = false;
  return true;
}

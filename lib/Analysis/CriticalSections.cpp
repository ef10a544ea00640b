//===- CriticalSections.cpp - RCU and non-preemptible sections ------------===//
//
// The section bookkeeping of the kernel's check_kfunc_call() for
// bpf_rcu_read_lock/unlock and bpf_preempt_disable/enable, and the checks
// of check_resource_leak() that no section is open where the program
// leaves (exit, tail call) or calls legacy packet loads. Messages as the
// 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "CriticalSections.h"
#include "Iterators.h"
#include "StateWalk.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isCriticalSectionKfunc(const std::string &Name) {
  return Name == "bpf_rcu_read_lock" || Name == "bpf_rcu_read_unlock" ||
         Name == "bpf_preempt_disable" || Name == "bpf_preempt_enable";
}

bool analysis::updateCriticalSections(TransferEnv &E, VerifierState &S,
                                      const std::string &Name, bool Sleepable) {
  std::string Which = " (kernel function " + Name + ")";
  if (Name == "bpf_rcu_read_lock") {
    if (S.RcuLock)
      return E.reject("nested rcu read lock" + Which);
    S.RcuLock = true;
  } else if (Name == "bpf_rcu_read_unlock") {
    if (!S.RcuLock)
      return E.reject("unmatched rcu read unlock" + Which);
    S.RcuLock = false;
    // Pointers valid only inside the section become untrusted.
    forEachReg(S, [](RegState &R) {
      if (R.Type == RegType::BtfId && (R.Flags & BtfRcu)) {
        R.Flags &= ~(BtfRcu | MaybeNull);
        R.Flags |= BtfUntrusted;
      }
    });
    untrustRcuIterators(S);
  } else if (Sleepable && S.RcuLock) {
    return E.reject("kernel func " + Name +
                    " is sleepable within rcu_read_lock region");
  }
  if (Name == "bpf_preempt_disable") {
    ++S.PreemptLocks;
  } else if (Name == "bpf_preempt_enable") {
    if (!S.PreemptLocks)
      return E.reject("unmatched attempt to enable preemption" + Which);
    --S.PreemptLocks;
  } else if (Sleepable && S.PreemptLocks) {
    return E.reject("kernel func " + Name +
                    " is sleepable within non-preemptible region");
  }
  return true;
}

bool analysis::checkNoCriticalSection(TransferEnv &E, const VerifierState &S,
                                      const std::string &Where) {
  if (S.RcuLock)
    return E.reject(Where + " cannot be used inside bpf_rcu_read_lock-ed "
                            "region");
  if (S.PreemptLocks)
    return E.reject(Where + " cannot be used inside bpf_preempt_disable-ed "
                            "region");
  return true;
}

bool analysis::checkSectionsClosedAtExit(TransferEnv &E,
                                         const VerifierState &S) {
  if (E.Profile.has(model::KernelFeature::CriticalSectionExitMessage))
    return checkNoCriticalSection(E, S, "BPF_EXIT instruction in main prog");
  if (S.RcuLock)
    return E.reject("bpf_rcu_read_unlock is missing");
  if (S.PreemptLocks)
    return E.reject(std::to_string(S.PreemptLocks) +
                    " bpf_preempt_enable is missing");
  return true;
}

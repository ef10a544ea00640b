//===- TaskIterators.cpp - Iterators over tasks, cgroups and VMAs ---------===//
//
// The open-coded iterators over kernel objects: bpf_iter_task (tasks),
// bpf_iter_css (cgroup subsystem states), bpf_iter_css_task (the tasks of
// a css) and bpf_iter_task_vma (a task's memory areas). Their stack slots,
// new/next/destroy and loop convergence are the generic iterator machinery
// (IterTransfer.cpp); what is particular to them is here: css_task is
// allowed only in some programs, and `next` returns a kernel struct
// pointer, trusted, or RCU-protected when the iterator is KF_RCU_PROTECTED
// (the kernel's check_kfunc_call() for is_iter_next_kfunc()). Messages as
// the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "Iterators.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::isKernelObjectIterKfunc(const std::string &Name) {
  static const char *const Names[] = {
      "bpf_iter_task_new",         "bpf_iter_task_next",
      "bpf_iter_task_destroy",     "bpf_iter_css_new",
      "bpf_iter_css_next",         "bpf_iter_css_destroy",
      "bpf_iter_css_task_new",     "bpf_iter_css_task_next",
      "bpf_iter_css_task_destroy", "bpf_iter_task_vma_new",
      "bpf_iter_task_vma_next",    "bpf_iter_task_vma_destroy",
  };
  for (const char *N : Names)
    if (Name == N)
      return true;
  return false;
}

bool analysis::checkCssTaskIterAllowed(TransferEnv &E, const KfuncCall &K) {
  if (K.Name != "bpf_iter_css_task_new")
    return true;
  // check_css_task_iter_allowlist(): LSM, iter/ programs, sleepable ones.
  if (E.Section.Type == model::ProgType::Lsm ||
      (E.Section.Type == model::ProgType::Tracing &&
       E.Section.Attach == model::AttachType::TraceIter) ||
      E.Section.Sleepable)
    return true;
  return E.reject("css_task_iter is only allowed in bpf_lsm, bpf_iter and "
                  "sleepable progs");
}

bool analysis::kernelIterNextResult(TransferEnv &E, Path &P, const KfuncCall &K,
                                    RegState &R0) {
  const model::KfuncType &T = K.Proto.Return;
  const IterSlot *Iter = iterArgSlot(P.State);
  const struct btf *B = targetBtf(E);
  if (!B || T.Kind != model::KfuncTypeKind::PtrToStruct || !Iter)
    return E.unknown("the result of kfunc '" + K.Name +
                     "' is not modelled yet");
  R0 = btfPointer(model::btfSkipModifiers(B, T.StructId),
                  Iter->Rcu ? BtfRcu : BtfTrusted);
  R0.Flags |= MaybeNull;
  R0.Id = E.newId();
  return true;
}

bool analysis::checkRcuProtectedCall(TransferEnv &E, const VerifierState &S,
                                     const KfuncCall &K) {
  if (!K.Info.has(model::KF_RCU_PROTECTED) ||
      !E.Profile.has(model::KernelFeature::RcuProtectedNeedsSection) ||
      inRcuCriticalSection(E, S))
    return true;
  return E.reject("kernel func " + K.Name +
                  " requires RCU critical section protection");
}

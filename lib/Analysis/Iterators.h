//===- Iterators.h - Open-coded iterators -----------------------*- C++ -*-===//
//
// Internal to lib/Analysis. `bpf_iter_<type>_new/next/destroy` keep an
// iterator in stack slots (the kernel's STACK_ITER). `new` needs slots that
// hold no iterator and acquires a reference; `next` and `destroy` need an
// initialised one of the same type; `destroy` releases it. A `next` call
// forks the path: NULL with the iterator drained, continued first, and an
// element with the iterator still active, queued. `next` calls are forced
// checkpoints, and an active iterator's state that an earlier iteration
// covers ends the loop (IterTransfer.cpp, Explorer.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_ITERATORS_H
#define VERIFIABLE_LIB_ANALYSIS_ITERATORS_H

#include "KfuncCall.h"
#include "Path.h"

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// Whether \p I calls an iterator's `next` kfunc.
bool isIterNextCall(const bpf::Insn &I);
/// Whether R1 of \p S points to an active iterator (at a `next` call).
bool iterArgActive(const VerifierState &S);
/// The iterator R1 of \p S points to, or nullptr.
const IterSlot *iterArgSlot(const VerifierState &S);
/// The kernel's in_rcu_cs(): inside bpf_rcu_read_lock(), or a program that
/// cannot sleep.
bool inRcuCriticalSection(const TransferEnv &E, const VerifierState &S);
/// bpf_rcu_read_unlock(): KF_RCU_PROTECTED iterators become unusable.
void untrustRcuIterators(VerifierState &S);

/// The iterators over kernel objects (TaskIterators.cpp): task, css,
/// css_task and task_vma.
bool isKernelObjectIterKfunc(const std::string &Name);
/// bpf_iter_css_task_new()'s program-type rule, checked before its
/// iterator argument.
bool checkCssTaskIterAllowed(TransferEnv &E, const KfuncCall &K);
/// After the arguments: a KF_RCU_PROTECTED kfunc outside an RCU section
/// (KernelProfile::RcuProtectedNeedsSection).
bool checkRcuProtectedCall(TransferEnv &E, const VerifierState &S,
                           const KfuncCall &K);
/// R0 of such an iterator's `next`: a trusted pointer, or an RCU one for
/// an iterator made in an RCU section; maybe NULL.
bool kernelIterNextResult(TransferEnv &E, Path &P, const KfuncCall &K,
                          RegState &R0);

/// The iterator argument R<Regno> of \p K (process_iter_arg()): checks it
/// and, for `new` and `destroy`, creates or destroys the iterator.
bool processIterArg(TransferEnv &E, Path &P, const KfuncCall &K, int Regno,
                    const model::KfuncType &Type);
/// After a `next` call has set R0 (maybe NULL): queues the path where it
/// returned an element and continues with the drained one.
void processIterNext(TransferEnv &E, Path &P);

} // namespace analysis
} // namespace verifiable

#endif

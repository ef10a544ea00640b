//===- Dynptrs.h - Dynptrs on the stack -------------------------*- C++ -*-===//
//
// Internal to lib/Analysis. A `struct bpf_dynptr` on the stack takes two
// slots of kind Dynptr (the kernel's STACK_DYNPTR). Helpers create it
// (bpf_dynptr_from_mem, bpf_ringbuf_reserve_dynptr), read it
// (bpf_dynptr_read/write/data) and release it (bpf_ringbuf_submit_dynptr,
// bpf_ringbuf_discard_dynptr). A ring buffer dynptr holds a reference: it
// must be released on every path, cannot be overwritten, and its slices
// die with it (DynptrArgs.cpp). A bpf_user_ringbuf_drain() callback gets a
// read-only dynptr in a register instead (ConstDynptrs.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_DYNPTRS_H
#define VERIFIABLE_LIB_ANALYSIS_DYNPTRS_H

#include "HelperCall.h"
#include "Path.h"

#include <optional>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// Whether \p T is one of the dynptr argument kinds.
bool isDynptrArg(model::ArgType T);
/// Helper argument \p A of \p H, a dynptr (process_dynptr_func(), and for
/// a release argument the check that it holds a reference first).
bool checkDynptrArg(TransferEnv &E, Path &P, const model::HelperProto &H,
                    unsigned A, CallFacts &Facts);
/// A kfunc's dynptr argument R<Regno> (KF_ARG_PTR_TO_DYNPTR in
/// check_kfunc_args()): with \p Uninit it becomes a dynptr of kind \p Kind
/// (a ring buffer clone shares \p CloneRef); otherwise it must be an
/// initialised dynptr, which \p Found receives.
bool checkKfuncDynptrArg(TransferEnv &E, Path &P, int Regno, bool Uninit,
                         DynptrKind Kind, uint32_t CloneRef,
                         std::optional<DynptrSlot> &Found);
/// The R1 of a bpf_user_ringbuf_drain() callback: a read-only local
/// dynptr with an id of its own (ConstDynptrs.cpp).
RegState constDynptr(TransferEnv &E);
/// That dynptr R<Regno> as a helper's dynptr argument: \p Uninit for an
/// argument that becomes a new dynptr, \p Release for one released; the
/// dynptr's kind and id go to \p Facts. False with a verdict.
bool checkConstDynptrHelperArg(TransferEnv &E, const RegState &R, int Regno,
                               bool Uninit, bool Release, CallFacts &Facts);
/// The same as a kfunc's dynptr argument; \p Found receives the dynptr.
bool checkConstDynptrKfuncArg(TransferEnv &E, const RegState &R, int Regno,
                              bool Uninit, std::optional<DynptrSlot> &Found);
/// After the arguments: releases the dynptr R<Regno> points to
/// (unmark_stack_slots_dynptr()).
void releaseDynptr(TransferEnv &E, Path &P, int Regno);
/// A store is about to write into stack slot \p Slot of \p Stack (the
/// kernel's destroy_if_dynptr_stack_slot()): a local dynptr there is
/// destroyed; a ring buffer one cannot be overwritten. False with a verdict.
bool destroyDynptrForWrite(TransferEnv &E, VerifierState &S, StackState &Stack,
                           int Slot);

} // namespace analysis
} // namespace verifiable

#endif

//===- Subprograms.h - Static and global functions, callbacks ---*- C++ -*-===//
//
// Internal to lib/Analysis. Calls of the program's own functions: static
// ones are analysed at each call in a new frame (CallTransfer.cpp), global
// ones once from their BTF prototype (GlobalFunctions.cpp), and callbacks
// of helpers as loops over the helper call (Callbacks.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_SUBPROGRAMS_H
#define VERIFIABLE_LIB_ANALYSIS_SUBPROGRAMS_H

#include "Outcome.h"
#include "Path.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Program/Program.h"

#include <cstdint>
#include <string>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// The kernel's load-time check of each subprogram's BTF (check_btf_func()):
/// a subprogram with BPF_LD_[ABS|IND] or a tail call may end the program
/// early, which its caller sees as a return of 0, so it must return a
/// scalar.
bool checkSubprogReturnTypes(TransferEnv &E);

/// A call of a global function: the arguments against its prototype, then
/// an unknown scalar in R0; the function is queued for its own check.
Step callGlobalFunction(TransferEnv &E, Path &P, const bpf::Function &Callee,
                        int Start);
/// The initial path of global function \p Piece's own verification.
bool globalFunctionPath(TransferEnv &E, int Piece, Path &Out);

/// Queues the callback \p Piece of helper \p H, entered in a new frame.
bool pushCallback(TransferEnv &E, Path &P, const model::HelperProto &H,
                  int Piece, const bpf::MapDef *Map);
/// Queues the synchronous callback \p Piece, a static function of the
/// program, in a new frame above the state of the call at P.Pc, its R1-R5
/// as \p Callee has them (the kernel's push_callback_call()). The path that
/// goes on after the call counts the callback's iterations anew; once it
/// ran \p MaxIterations times, nothing more is queued.
bool pushSyncCallback(TransferEnv &E, Path &P, int Piece, FrameState Callee,
                      uint64_t MaxIterations = UINT64_MAX);
/// The exit of a callback: back to the helper call that runs it.
Step returnFromCallback(TransferEnv &E, Path &P);

/// Queues the asynchronous callback \p Piece (bpf_timer_set_callback(),
/// bpf_wq_set_callback_impl()) as a path of its own, frame 0 typed from
/// \p Map (AsyncCallbacks.cpp).
bool pushAsyncCallback(TransferEnv &E, Path &P, int Piece,
                       const bpf::MapDef *Map);
/// The "exception_callback:" decl tag on the entry names one global
/// function of the object (bpf_find_exception_callback_insn_off(), the
/// kernel's first load-time check).
bool checkExceptionCallbackTag(TransferEnv &E);
/// The initial path of the exception callback's own verification: frame 0,
/// R1 the cookie bpf_throw passed.
bool exceptionCallbackPath(TransferEnv &E, Path &Out);
/// bpf_throw, its arguments checked: the path ends here like an exit of
/// the whole program (Exceptions.cpp).
Step transferThrow(TransferEnv &E, Path &P);

/// The kernel's check_return_code() on \p Reg: R0 at the exit of the path's
/// root, R1 at a bpf_throw that the default exception callback handles
/// (ReturnValue.cpp).
bool checkReturnValue(TransferEnv &E, const VerifierState &S, int Reg);

/// \p R, in register \p Reg, within [Min, Max], or the kernel's "<Where>
/// the register R<Reg> has ... should have been in [Min, Max]", with \p Why
/// as a note.
bool checkReturnRange(TransferEnv &E, int Reg, const RegState &R,
                      const char *Where, int64_t Min, int64_t Max,
                      const std::string &Why);

} // namespace analysis
} // namespace verifiable

#endif

//===- DynptrKfuncs.h - Packet dynptrs and dynptr slices --------*- C++ -*-===//
//
// Internal to lib/Analysis. The kfuncs that make skb and xdp dynptrs
// (bpf_dynptr_from_skb, bpf_dynptr_from_xdp) and the slices of any dynptr
// (bpf_dynptr_slice, bpf_dynptr_slice_rdwr): their special arguments and
// results in check_kfunc_args() and check_kfunc_call().
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_DYNPTRKFUNCS_H
#define VERIFIABLE_LIB_ANALYSIS_DYNPTRKFUNCS_H

#include "KfuncCall.h"

namespace verifiable {
namespace analysis {

/// bpf_dynptr_from_skb or bpf_dynptr_from_xdp.
bool isPacketDynptrKfunc(const std::string &Name);
/// bpf_dynptr_slice or bpf_dynptr_slice_rdwr.
bool isDynptrSliceKfunc(const std::string &Name);
/// The kind of dynptr an `__uninit` argument of \p K becomes: skb or xdp
/// for the packet kfuncs, the parent's for a clone, local otherwise.
DynptrKind uninitDynptrKind(const KfuncCall &K);
/// The context argument R<Regno> of a packet dynptr kfunc
/// (KF_ARG_PTR_TO_CTX).
bool checkDynptrCtxArg(TransferEnv &E, Path &P, const KfuncCall &K, int Regno);
/// A slice's `buffer__opt` R<Regno> and its `buffer__szk` size after it
/// (KF_ARG_PTR_TO_MEM_SIZE); the size becomes K.ConstSize.
bool checkSliceBufferArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno);
/// R0 of a slice: memory of the constant size, maybe NULL, read-only for
/// bpf_dynptr_slice, tied to the packet for skb and xdp dynptrs and to its
/// stack buffer, if any.
bool dynptrSliceResult(TransferEnv &E, const Path &P, const KfuncCall &K,
                       RegState &R0);
/// A store or a helper writes bytes [Lo, Hi) of frame \p Frame's stack:
/// the slices whose buffer those bytes overlap die. With \p Exact false
/// (the bytes are only a range the write may touch) an overlap is unknown
/// instead. False with a verdict.
bool writeSliceBuffers(TransferEnv &E, VerifierState &S, unsigned Frame,
                       int64_t Lo, int64_t Hi, bool Exact);
/// Frame \p Frame returns: a slice whose buffer it holds is unknown.
bool checkNoSliceBufferIn(TransferEnv &E, VerifierState &S, unsigned Frame);

} // namespace analysis
} // namespace verifiable

#endif

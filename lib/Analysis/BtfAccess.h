//===- BtfAccess.h - Kernel struct pointers in the engine -------*- C++ -*-===//
//
// Internal to lib/Analysis. Loads through pointers to kernel structs
// (PTR_TO_BTF_ID) and through contexts typed by the target kernel's BTF
// (tp_btf, iter): the kernel's check_ptr_to_btf_access() and the tracing
// branch of check_ctx_access(), on top of lib/Model's BTF walk.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_BTFACCESS_H
#define VERIFIABLE_LIB_ANALYSIS_BTFACCESS_H

#include "MemAccess.h"

#include "verifiable/Analysis/RegState.h"
#include "verifiable/Analysis/VerifierState.h"

#include <cstdint>

struct btf;

namespace verifiable {
namespace analysis {

/// The kernel's is_trusted_reg(): referenced, or trusted with no modifier
/// that makes it unsafe (untrusted, RCU, maybe NULL). (KfuncStructArg.cpp)
bool isTrustedReg(const RegState &R);

/// A pointer to kernel struct \p Type of the target BTF with \p Flags
/// (BtfTrusted, BtfUntrusted, BtfRcu, MaybeNull).
RegState btfPointer(uint32_t Type, uint16_t Flags);

/// A load or store through a BtfId pointer; \p A is relative to the
/// pointer's base (its fixed offset included).
bool checkBtfPtrAccess(TransferEnv &E, const RegState &Ptr, const MemAccess &A);

/// Whether the program type has conntrack's write hook for kernel structs
/// (tc, XDP), and the hook: only nf_conn's `mark` may be written
/// (ConntrackKfuncs.cpp).
bool hasConntrackWriteHook(TransferEnv &E);
bool checkConntrackWrite(TransferEnv &E, const RegState &Ptr,
                         const MemAccess &A);

/// A load or store through a map pointer: the fields of the kernel struct
/// behind the map (check_ptr_to_map_access()).
bool checkMapPtrAccess(TransferEnv &E, const RegState &Ptr, const MemAccess &A);

/// The target kernel's BTF, read on first use; null when there is none.
const struct btf *targetBtf(TransferEnv &E);

/// A helper argument of kind ARG_PTR_TO_BTF_ID (\p OrNull: or NULL) that
/// must point to struct \p Struct (nullptr: any), check_reg_type().
bool checkBtfIdArg(TransferEnv &E, const RegState &R, int Regno,
                   const char *Struct, bool OrNull);

/// R0 of a helper returning a pointer to struct \p Struct with \p Flags.
bool btfIdResult(TransferEnv &E, const char *Helper, const char *Struct,
                 uint16_t Flags, RegState &R0);

/// ARG_PTR_TO_PERCPU_BTF_ID (bpf_per_cpu_ptr, bpf_this_cpu_ptr).
bool checkPercpuBtfIdArg(TransferEnv &E, const RegState &R, int Regno);

/// The kernel resolves every typed `__ksym` ld_imm64 of the program before
/// verifying it (check_pseudo_btf_id()): one whose address the running
/// kernel's symbol table lacks is refused.
bool checkTypedKsymAddresses(TransferEnv &E);

/// A load or store of a BTF-typed context (E.Tracing) at \p A.Off.
bool checkTracingCtxAccess(TransferEnv &E, const MemAccess &A);

/// Whether the attach target decides what the program returns (LSM
/// hooks); then checkHookReturn() is the exit check (HookReturn.cpp).
bool hookDecidesReturn(const TransferEnv &E);
/// \p Reg (R0 at the program's exit, R1 at bpf_throw) when
/// hookDecidesReturn(); it is not read for a void hook.
bool checkHookReturn(TransferEnv &E, const VerifierState &S, int Reg);

} // namespace analysis
} // namespace verifiable

#endif

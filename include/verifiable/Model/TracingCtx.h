//===- TracingCtx.h - Contexts typed by the target kernel's BTF -*- C++ -*-===//
//
// A BPF_PROG_TYPE_TRACING program's context is an array of u64 slots, one
// per argument of the function it is attached to, and that function is
// named by the section: `tp_btf/X` reads the arguments of the `btf_trace_X`
// typedef's prototype (without its first `void *`), `iter/X` those of the
// `bpf_iter_X` function. What each slot holds (a number, or a pointer to a
// kernel struct that may be NULL) comes from the target kernel's BTF and,
// for iterators, from what each iterator registers (ctx_arg_info). This is
// the kernel's btf_ctx_access() with its messages.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_TRACINGCTX_H
#define VERIFIABLE_MODEL_TRACINGCTX_H

#include "verifiable/Model/Sections.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct btf;

namespace verifiable {
namespace model {

/// What one context slot holds when read whole.
struct TracingArg {
  enum Kind : uint8_t {
    /// A number (an integer, enum or struct argument, a pointer to
    /// something other than a struct, or an error-encoding pointer).
    Scalar,
    /// A pointer to the kernel struct Type.
    BtfPtr,
    /// A kind the model does not describe (Why says which).
    Unmodelled,
    /// Reading it is refused; Message is the kernel's log line.
    Refused,
  } K = Scalar;
  uint32_t Type = 0;
  bool Trusted = false;
  bool MaybeNull = false;
  /// A Scalar known to be in [Min, Max] (an LSM hook's return value).
  bool Ranged = false;
  int32_t Min = 0;
  int32_t Max = 0;
  std::string Message;
};

struct TracingCtx {
  /// The name the kernel's ctx messages use ("sched_switch",
  /// "bpf_iter_task").
  std::string Func;
  /// The function's prototype in the target BTF.
  uint32_t Proto = 0;
  /// The tp_btf typedef's hidden first argument is skipped.
  bool SkipFirst = false;
  /// Pointer arguments are trusted (tp_btf, iter; not fentry/fexit).
  bool ArgsTrusted = false;
  /// The slot after the arguments holds the return value (fexit,
  /// fmod_ret, lsm); it is the last element of Args.
  bool RetSlot = false;
  /// What the program may return when the attach target decides it (LSM
  /// hooks, check_return_code()): anything, R0 not even read (void
  /// hooks), or a value whose 32-bit signed bounds are in [RetMin, RetMax].
  enum RetRule : uint8_t { RetByType, RetAny, RetRange32 } Ret = RetByType;
  int32_t RetMin = 0;
  int32_t RetMax = 0;
  std::vector<TracingArg> Args;
  /// Arguments (bit I: argument I) that may be NULL (struct_ops stubs'
  /// `__nullable` parameters).
  uint64_t NullableArgs = 0;
  /// A pointer argument to struct PromoteFrom is typed as one to
  /// PromoteTo (tcp_congestion_ops: sock to tcp_sock).
  uint32_t PromoteFrom = 0;
  uint32_t PromoteTo = 0;
  /// struct_ops programs: the struct whose member they implement (its
  /// verifier_ops decide the helpers).
  std::string StructOps;
  /// The kernel refuses the program before verifying any instruction
  /// (an unsupported struct_ops member); its log line.
  std::string Refused;
};

/// Where a struct_ops program is stored: member Member of a struct Struct.
struct StructOpsRef {
  std::string_view Struct;
  std::string_view Member;
};

/// The context of the program in section \p Section (of type \p Info), or
/// std::nullopt with \p Why saying what is missing (the attach target, a
/// type, or a program type not described yet). A struct_ops program's
/// target is \p Ops, not its section.
std::optional<TracingCtx> tracingContext(const struct btf *B,
                                         const SectionInfo &Info,
                                         std::string_view Section,
                                         std::string &Why,
                                         const StructOpsRef *Ops = nullptr);

/// A load of \p Size bytes at \p Off of the context.
struct TracingCtxAccess {
  enum { Allowed, Refused, Unmodelled } Status = Refused;
  /// Allowed: what the load yields (a Scalar for a narrow or scalar read).
  TracingArg Loaded;
  /// Refused: the kernel's first log line, if it logs one before "invalid
  /// bpf_context access"; Unmodelled: why.
  std::string Message;
};

TracingCtxAccess checkTracingCtxAccess(const struct btf *B,
                                       const TracingCtx &Ctx, int Off, int Size,
                                       bool IsWrite);

/// The `allowed` callback of a helper the kernel restricts by attach target
/// (HelperProto::RestrictedByTarget: bpf_d_path, bpf_ima_inode_hash,
/// bpf_ima_file_hash) for a program of \p Info attached as \p Ctx says
/// (null: no BTF-typed context); std::nullopt when not described.
std::optional<bool> helperAllowedAtTarget(unsigned HelperId,
                                          const SectionInfo &Info,
                                          const TracingCtx *Ctx);

/// Whether section \p Info is a tracing program type whose context
/// tracingContext() describes (tp_btf, iter, fentry, fexit, fmod_ret),
/// an LSM or a struct_ops program.
bool isBtfCtxModeled(const SectionInfo &Info);

} // namespace model
} // namespace verifiable

#endif

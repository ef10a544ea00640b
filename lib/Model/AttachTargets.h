//===- AttachTargets.h - Where BTF-typed programs attach --------*- C++ -*-===//
//
// The attach target of a BPF_PROG_TYPE_TRACING or BPF_PROG_TYPE_LSM
// program (fentry, fexit, fmod_ret, lsm), found in the target BTF the way
// libbpf finds it, with what the kernel's bpf_check_attach_target() and
// check_attach_btf_id() decide about it before verifying the program. Targets
// whose acceptance depends on state the BTF does not show (the error-injection
// list, kernel config, sleepable hook sets) are not described: the caller
// answers unknown.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_MODEL_ATTACHTARGETS_H
#define VERIFIABLE_LIB_MODEL_ATTACHTARGETS_H

#include "verifiable/Model/Sections.h"

#include <cstdint>
#include <string>
#include <string_view>

struct btf;

namespace verifiable {
namespace model {

struct AttachTarget {
  /// The FUNC_PROTO in the target BTF.
  uint32_t Proto = 0;
  /// The name the kernel's ctx messages use.
  std::string Func;
  /// The tp_btf typedef's hidden first `void *` is not a context slot.
  bool SkipFirst = false;
  /// The slot after the arguments holds the return value (fexit,
  /// fmod_ret, lsm).
  bool RetSlot = false;
  /// Pointer arguments are PTR_TRUSTED (the kernel's prog_args_trusted()).
  bool Trusted = false;
  /// LSM hooks decide what the program returns (check_return_code()):
  /// Any for void hooks (R0 is not even read), else R0's 32-bit value in
  /// [RetMin, RetMax], which is also what reading the return slot yields.
  enum { RetByType, RetAny, RetRange32 } Ret = RetByType;
  int32_t RetMin = 0;
  int32_t RetMax = 0;
  /// Arguments (bit I: argument I) the kernel types PTR_MAYBE_NULL
  /// (struct_ops: the stub's `__nullable` parameters).
  uint64_t NullableArgs = 0;
  /// A pointer argument to struct PromoteFrom is typed as a pointer to
  /// struct PromoteTo (tcp_congestion_ops: sock to tcp_sock); 0: none.
  uint32_t PromoteFrom = 0;
  uint32_t PromoteTo = 0;
  /// The kernel refuses the program before verifying an instruction; its
  /// log line.
  std::string Refused;
};

/// The target of an fentry, fexit or fmod_ret program: the FUNC \p Name.
/// False with \p Why set when it is missing or not described.
bool findTrampolineTarget(const struct btf *B, const SectionInfo &Info,
                          std::string_view Name, AttachTarget &T,
                          std::string &Why);

/// The target of an lsm/X or lsm.s/X program: the hook bpf_lsm_X.
bool findLsmTarget(const struct btf *B, const SectionInfo &Info,
                   std::string_view Name, AttachTarget &T, std::string &Why);

/// The target of a struct_ops program stored in member \p Member of a
/// `struct \p Struct` (StructOps.def, check_struct_ops_btf_id()).
bool findStructOpsTarget(const struct btf *B, const SectionInfo &Info,
                         std::string_view Struct, std::string_view Member,
                         AttachTarget &T, std::string &Why);

/// Whether \p Info is fentry, fexit or fmod_ret.
bool isTrampolineAttach(const SectionInfo &Info);

} // namespace model
} // namespace verifiable

#endif

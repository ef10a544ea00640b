//===- HelperCall.h - The three parts of a helper call ----------*- C++ -*-===//
//
// Internal to lib/Analysis. transferHelperCall() (HelperCall.cpp) runs a
// helper call in the kernel's order: the arguments against the prototype
// (HelperArgs.cpp), what R0 holds afterwards (HelperResult.cpp), then the
// side effects: references released and acquired, packet pointers
// invalidated, callbacks queued (HelperCall.cpp). A new helper family adds
// an argument kind or a return kind in those files.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_HELPERCALL_H
#define VERIFIABLE_LIB_ANALYSIS_HELPERCALL_H

#include "Path.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Program/Program.h"

#include <cstdint>
#include <optional>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// What the argument checks learned, for the result and the side effects.
struct CallFacts {
  const bpf::MapDef *Map = nullptr;
  uint64_t AllocSize = 0;
  /// The reference an argument carries (the kernel's meta->ref_obj_id).
  uint32_t RefObjId = 0;
  /// A map key known at verification time (the kernel's const_map_key).
  std::optional<uint64_t> ConstKey;
  /// The PtrToFunc argument's subprogram, -1 if none.
  int Callback = -1;
  /// The largest size a size argument allowed (meta->msize_max_value).
  uint64_t MaxMemSize = 0;
  /// bpf_kptr_xchg(): the destination field (meta->kptr_field).
  const bpf::KptrField *Kptr = nullptr;
  /// The initialised dynptr argument's kind (dynptr_get_type()).
  std::optional<DynptrKind> Dynptr;
  /// ... and its id (meta->dynptr_id).
  uint32_t DynptrId = 0;
};

/// Whether \p R may be a helper's memory argument at all (the kernel's type
/// check, which comes before any size is looked at).
inline bool isHelperMemoryCandidate(const RegState &R) {
  if (R.Type == RegType::Ctx || R.Type == RegType::ConstMapPtr ||
      R.Type == RegType::PacketEnd || R.Type == RegType::FlowKeys ||
      R.isSocket())
    return false;
  return !(R.maybeNull() || R.isScalar());
}

/// Every argument of \p H against its register (check_func_arg()).
bool checkHelperArgs(TransferEnv &E, Path &P, const model::HelperProto &H,
                     CallFacts &Facts);
/// R0 after the call (the ret_type switch of check_helper_call()).
bool helperResult(TransferEnv &E, const Path &P, const model::HelperProto &H,
                  const CallFacts &Facts, RegState &R0);
/// An ARG_PTR_TO_CONST_STR argument: a NUL-terminated string at a constant
/// offset in a frozen read-only map (ConstStrArg.cpp).
bool checkConstStrArg(TransferEnv &E, const RegState &R, int Regno);
/// The bytes of a checked constant string, up to its NUL.
enum class ConstStr { Terminated, Unterminated, Unknown };
ConstStr readConstStr(TransferEnv &E, const RegState &R, std::string &Text);
/// bpf_snprintf(), once its arguments passed: the format against the
/// number of u64 arguments.
bool checkSnprintfFormat(TransferEnv &E, const Path &P);
/// bpf_kptr_xchg()'s arguments and result (MapKptr.cpp).
bool checkKptrXchgDest(TransferEnv &E, const RegState &R, int Regno,
                       CallFacts &Facts);
bool checkKptrXchgValue(TransferEnv &E, const RegState &R, int Regno,
                        const CallFacts &Facts);
bool kptrXchgResult(TransferEnv &E, const CallFacts &Facts, RegState &R0);
/// Memory of \p Size bytes at R<Regno> that a helper (or a global
/// function's caller, \p ByHelper false) reads or writes.
bool checkHelperMemArg(TransferEnv &E, Path &P, const RegState &R, int Regno,
                       uint64_t Size, bool IsWrite, const model::HelperProto &H,
                       bool ByHelper = true);

} // namespace analysis
} // namespace verifiable

#endif

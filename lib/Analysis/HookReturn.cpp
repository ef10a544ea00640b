//===- HookReturn.cpp - What an LSM program may return --------------------===//
//
// For most program types the kernel's check_return_code() range depends on
// the program and attach type only (lib/Model/ReturnRanges.cpp). An LSM
// program's depends on the hook it attaches to: a void hook's program may
// leave R0 unset, an int hook's must return 0 or an error (0 or 1 for the
// few hooks that answer yes or no), judged on R0's 32-bit value.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "Subprograms.h"
#include "TransferEnv.h"

#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::hookDecidesReturn(const TransferEnv &E) {
  return E.Tracing && E.Tracing->Ret != model::TracingCtx::RetByType;
}

bool analysis::checkHookReturn(TransferEnv &E, const VerifierState &S,
                               int Reg) {
  if (E.Tracing->Ret == model::TracingCtx::RetAny)
    return true;
  if (!checkRegRead(E, S, Reg))
    return false;
  const RegState &R = S.reg(Reg);
  std::string Name = regName(Reg);
  if (R.isPointer() && !E.privileged())
    return E.reject(Name + " leaks addr as return value");
  if (!R.isScalar())
    return E.reject("At program exit the register " + Name +
                    " is not a known value (" + R.typeName() + ")");
  int32_t Min = E.Tracing->RetMin, Max = E.Tracing->RetMax;
  if (R.Var.S32Min >= Min && R.Var.S32Max <= Max)
    return true;
  // The message prints the 64-bit bounds (verbose_invalid_scalar()).
  if (!checkReturnRange(E, Reg, R, "At program exit", Min, Max,
                        Name + " gets its value here"))
    return false;
  return E.unknown(Name + "'s 32-bit bounds leave the hook's return range "
                          "where its 64-bit bounds do not");
}

//===- ReturnValue.cpp - What a program hands back to the kernel ----------===//
//
// The kernel's check_return_code() judges one register: R0 at the exit of
// the program, of a global function verified on its own or of an async
// callback, and R1, the cookie, at a bpf_throw() when the program has no
// exception callback of its own (the default one returns the cookie). What
// is allowed depends on the root of the path (frame 0), not on the frame the
// exit or the throw is in: a global function's value must be a scalar, an
// async callback's 0, the program's within its type's range.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "Subprograms.h"
#include "TransferEnv.h"

#include "verifiable/Model/ReturnRanges.h"

#include <climits>
#include <cstdio>

using namespace verifiable;
using namespace verifiable::analysis;

/// A tnum as the kernel's tnum_strn() prints it: "(0x0; 0x3)".
static std::string tnumText(const domain::Tnum &T) {
  char Text[48];
  std::snprintf(Text, sizeof(Text), "(0x%llx; 0x%llx)",
                static_cast<unsigned long long>(T.Value),
                static_cast<unsigned long long>(T.Mask));
  return Text;
}

bool analysis::checkReturnRange(TransferEnv &E, int Reg, const RegState &R,
                                const char *Where, int64_t Min, int64_t Max,
                                const std::string &Why) {
  if (R.Var.SMin >= Min && R.Var.SMax <= Max)
    return true;
  // The kernel's verbose_invalid_scalar().
  std::string Has;
  if (R.Var.SMin > INT64_MIN)
    Has += " smin=" + std::to_string(R.Var.SMin);
  if (R.Var.SMax < INT64_MAX)
    Has += " smax=" + std::to_string(R.Var.SMax);
  if (Has.empty())
    Has = " unknown scalar value";
  E.note(R.Origin, Why);
  if (!E.Profile.has(model::KernelFeature::ReturnRangeMessageBounds)) {
    // Older kernels print tnums.
    return E.reject(std::string(Where) + " the register " + regName(Reg) +
                    " has value " + tnumText(R.Var.Var) +
                    " should have been in " +
                    tnumText(domain::Tnum::range(Min, Max)));
  }
  return E.reject(std::string(Where) + " the register " + regName(Reg) +
                  " has" + Has + " should have been in [" +
                  std::to_string(Min) + ", " + std::to_string(Max) + "]");
}

/// An async callback returns 0.
static bool checkAsyncCallbackReturn(TransferEnv &E, const VerifierState &S,
                                     int Reg) {
  const RegState &R = S.reg(Reg);
  if (R.isPointer() && !E.privileged())
    return E.reject(regName(Reg) + " leaks addr as return value");
  if (!R.isScalar())
    return E.reject("At async callback return the register " + regName(Reg) +
                    " is not a known value (" + R.typeName() + ")");
  // Older kernels name the async callback without "return".
  const char *Where =
      E.Profile.has(model::KernelFeature::ReturnRangeMessageBounds)
          ? "At async callback return"
          : "At async callback";
  return checkReturnRange(E, Reg, R, Where, 0, 0,
                          regName(Reg) +
                              " gets its value here; an async callback "
                              "returns 0");
}

bool analysis::checkReturnValue(TransferEnv &E, const VerifierState &S,
                                int Reg) {
  int Root = S.Frames[0].Function;
  if (Root == 0 && hookDecidesReturn(E))
    return checkHookReturn(E, S, Reg);
  if (!checkRegRead(E, S, Reg))
    return false;
  if (S.Frames[0].AsyncCallback)
    return checkAsyncCallbackReturn(E, S, Reg);
  const RegState &R = S.reg(Reg);
  if (Root != 0 && Root != E.Image.exceptionCallback()) {
    // A global function verified on its own.
    if (!R.isScalar())
      return E.reject("At subprogram exit the register " + regName(Reg) +
                      " is not a scalar value (" + R.typeName() + ")");
    return true;
  }
  if (R.isPointer() && !E.privileged())
    return E.reject(regName(Reg) + " leaks addr as return value");
  std::optional<model::RetRange> Range =
      model::expectedReturnRange(E.Section.Type, E.Section.Attach);
  if (!Range)
    return true;
  if (!R.isScalar())
    return E.reject("At program exit the register " + regName(Reg) +
                    " is not a known value (" + R.typeName() + ")");
  return checkReturnRange(E, Reg, R, "At program exit", Range->Min, Range->Max,
                          regName(Reg) + " gets its value here");
}

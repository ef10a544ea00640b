//===- KfuncMemArg.cpp - Memory-and-size argument pairs of kfuncs ---------===//
//
// A kfunc parameter followed by one named `*__sz` or `*__szk` is memory of
// that many bytes (the kernel's KF_ARG_PTR_TO_MEM_SIZE): a `void *`, or a
// pointer to a struct of scalars such as bpf_sock_tuple, given anything
// but a kernel struct pointer. The kernel checks the pair as a helper's
// memory and size (check_kfunc_mem_size_reg()), read then written; a
// `__szk` size must be a known constant. A pointer to a scalar, or to a
// struct of scalars, without a size is memory of the pointee's size
// (KF_ARG_PTR_TO_MEM).
// bpf_dynptr_slice()'s optional buffer is checked the same way once it is
// not NULL (DynptrKfuncs.cpp).
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "HelperCall.h"
#include "KfuncCall.h"
#include "MemAccess.h"
#include "TransferEnv.h"

#include "verifiable/Model/BtfStructAccess.h"
#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/KernelLimits.h"

using namespace verifiable;
using namespace verifiable::analysis;

/// Whether parameter \p Regno - 1 is followed by its size.
static bool hasSizeParam(const KfuncCall &K, int Regno) {
  if (Regno >= static_cast<int>(K.Proto.Params.size()))
    return false;
  const model::KfuncParam &Size = K.Proto.Params[Regno];
  return Size.has(model::SuffixSz) || Size.has(model::SuffixSzk);
}

bool analysis::isKfuncMemArg(TransferEnv &E, const Path &P, const KfuncCall &K,
                             int Regno) {
  const model::KfuncType &T = K.Proto.Params[Regno - 1].Type;
  bool Sized = hasSizeParam(K, Regno);
  if (Sized && T.Kind == model::KfuncTypeKind::PtrToVoid)
    return true;
  if (T.Kind == model::KfuncTypeKind::PtrToScalar)
    return true;
  const struct btf *B = targetBtf(E);
  if (T.Kind != model::KfuncTypeKind::PtrToStruct || !B)
    return false;
  RegType R = P.State.reg(Regno).Type;
  return R != RegType::BtfId && R != RegType::ConstMapPtr &&
         R != RegType::Socket && R != RegType::SockCommon &&
         R != RegType::TcpSock && model::btfIsScalarStruct(B, T.StructId);
}

/// The memory kinds whose helper checks (HelperMemArg.cpp) say what
/// check_kfunc_mem_size_reg() says.
static bool isModelledMemory(const RegState &R) {
  switch (R.Type) {
  case RegType::Stack:
  case RegType::MapValue:
    return !R.maybeNull();
  case RegType::Mem:
    return !R.maybeNull() && !(R.Flags & BtfUntrusted);
  default:
    return false;
  }
}

/// \p Bytes of memory at R<Regno>, read then written by the kfunc; the
/// bytes of a stack buffer hold unknown data afterwards (unlike a helper's
/// or a store's, this write leaves the slices of the buffer alive).
static bool checkMemBytes(TransferEnv &E, Path &P, const KfuncCall &K,
                          int Regno, uint64_t Bytes) {
  const RegState &Buf = P.State.reg(Regno);
  if (!isModelledMemory(Buf))
    return E.unknown("a " + Buf.typeName() + " memory argument of kfunc '" +
                     K.Name + "' is not modelled yet");
  static const model::HelperProto NoHelper = {};
  if (!checkHelperMemArg(E, P, Buf, Regno, Bytes, false, NoHelper))
    return false;
  if (Buf.Type != RegType::Stack)
    return checkHelperMemArg(E, P, Buf, Regno, Bytes, true, NoHelper);
  if (!Buf.Var.isConst())
    return E.unknown("a variable-offset buffer for kfunc '" + K.Name + "'");
  int64_t Lo = Buf.Off + static_cast<int64_t>(Buf.Var.constValue());
  writeStackRange(P.State.Frames[Buf.Frame].Stack, Lo,
                  Lo + static_cast<int64_t>(Bytes), false);
  return true;
}

bool analysis::checkKfuncMemAndSize(TransferEnv &E, Path &P, const KfuncCall &K,
                                    int Regno) {
  const RegState &Size = P.State.reg(Regno + 1);
  std::string SName = regName(Regno + 1);
  if (!Size.isScalar())
    return E.unknown("a size argument of kfunc '" + K.Name +
                     "' that is not a scalar");
  if (Size.Var.SMin < 0)
    return E.reject(SName + " min value is negative, either use unsigned "
                            "or 'var &= const'");
  if (Size.Var.UMax >= static_cast<uint64_t>(model::MaxVarOff)) {
    E.note(Size.Origin, "the size comes from here and has no upper bound");
    return E.reject(SName + " unbounded memory access, use 'var &= const' "
                            "or 'if (var < const)'");
  }
  return checkMemBytes(E, P, K, Regno, Size.Var.UMax);
}

bool analysis::checkKfuncMemArg(TransferEnv &E, Path &P, KfuncCall &K,
                                int Regno) {
  const RegState &Buf = P.State.reg(Regno);
  bool Trusted = K.Info.has(model::KF_TRUSTED_ARGS) ||
                 K.Info.has(model::KF_RELEASE) || K.Info.has(model::KF_RCU);
  if (Trusted && (Buf.isKnownZero() || Buf.maybeNull()) &&
      !K.Proto.Params[Regno - 1].has(model::SuffixNullable))
    return E.reject("Possibly NULL pointer passed to trusted arg" +
                    std::to_string(Regno - 1));
  // KF_ARG_PTR_TO_MEM: memory of the pointee's size (check_mem_reg()).
  if (!hasSizeParam(K, Regno))
    return checkMemBytes(E, P, K, Regno, K.Proto.Params[Regno - 1].Type.Size);
  if (!checkKfuncMemAndSize(E, P, K, Regno))
    return false;
  const RegState &SizeNow = P.State.reg(Regno + 1);
  if (K.Proto.Params[Regno].has(model::SuffixSzk) && !SizeNow.Var.isConst())
    return E.reject(regName(Regno + 1) + " must be a known constant");
  return true;
}

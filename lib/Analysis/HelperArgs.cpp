//===- HelperArgs.cpp - A helper's arguments against its prototype --------===//
//
// The kernel's check_func_arg(), one argument kind at a time: map pointers
// and the key or value memory of the map's sizes, memory with a bounded
// size argument, fixed-size buffers, the context, callbacks, ring buffer
// memory and sockets. Argument kinds the model does not describe make the
// verdict unknown.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "Dynptrs.h"
#include "HelperCall.h"
#include "LocalObjects.h"
#include "Locks.h"
#include "MemAccess.h"
#include "Messages.h"
#include "TransferEnv.h"

#include "verifiable/Model/KernelLimits.h"
#include "verifiable/Model/MapTypes.h"

using namespace verifiable;
using namespace verifiable::analysis;
using model::ArgType;

/// A map key on the stack whose value is known (get_constant_map_key()).
static std::optional<uint64_t> constantStackKey(TransferEnv &E,
                                                const VerifierState &S,
                                                const RegState &Key,
                                                uint32_t Size) {
  if (!E.privileged() || !Key.Var.isConst() || Key.Frame >= S.Frames.size())
    return std::nullopt;
  int Off = Key.Off + static_cast<int>(Key.Var.constValue());
  if (Off >= 0 || Off < -MaxStackBytes)
    return std::nullopt;
  const StackSlot *Slot =
      S.Frames[Key.Frame].Stack.slot(StackState::slotIndex(Off));
  if (!Slot)
    return std::nullopt;
  // The kernel counts down from the key's first byte inside its slot.
  int First = StackState::byteIndex(Off);
  uint32_t Zeros = 0, Spilled = 0;
  for (int B = First; B >= 0 && Slot->Kind[B] == SlotKind::Zero; --B)
    ++Zeros;
  if (Zeros >= Size)
    return 0;
  if (!Slot->isSpill() || !Slot->Spilled.isScalar())
    return std::nullopt;
  for (int B = First; B >= 0 && Slot->Kind[B] == SlotKind::Spill; --B)
    ++Spilled;
  if (Spilled != Size || !Slot->Spilled.Var.isConst())
    return std::nullopt;
  return Slot->Spilled.Var.constValue();
}

/// Key or value memory of the map an earlier argument named.
static bool checkMapMemArg(TransferEnv &E, Path &P, const model::HelperProto &H,
                           ArgType T, int Regno, CallFacts &Facts) {
  const RegState &R = P.State.reg(Regno);
  if (T == ArgType::PtrToMapValueOrNull && R.isKnownZero())
    return true;
  if (!Facts.Map)
    return E.unknown("map argument before its map pointer");
  uint32_t Size =
      T == ArgType::PtrToMapKey ? Facts.Map->KeySize : Facts.Map->ValueSize;
  bool Writes = T == ArgType::PtrToUninitMapValue;
  if (!checkHelperMemArg(E, P, R, Regno, Size, Writes, H))
    return false;
  if (T == ArgType::PtrToMapKey && R.Type == RegType::Stack)
    Facts.ConstKey = constantStackKey(E, P.State, R, Size);
  return true;
}

/// A fixed-size buffer; the int/long forms are written by the helper and
/// must be naturally aligned (MEM_ALIGNED).
static bool checkFixedSizeArg(TransferEnv &E, Path &P,
                              const model::HelperProto &H, unsigned A) {
  int Regno = static_cast<int>(A) + 1;
  const RegState &R = P.State.reg(Regno);
  uint32_t Size = H.ArgSize[A];
  bool Writes = H.Args[A] != ArgType::PtrToFixedSizeMem;
  if (!Size)
    return E.unknown("fixed-size argument of bpf_" + std::string(H.Name) +
                     " without a size");
  if (Writes && R.isPointer() && !R.maybeNull() &&
      !checkStrictAlignment(E, R, 0, Size))
    return false;
  return checkHelperMemArg(E, P, R, Regno, Size, Writes, H);
}

/// Memory followed by its size argument; consumes both (\p A moves on).
static bool checkSizedMemArg(TransferEnv &E, Path &P,
                             const model::HelperProto &H, unsigned &A,
                             CallFacts &Facts) {
  int Regno = static_cast<int>(A) + 1;
  ArgType T = H.Args[A];
  const RegState &R = P.State.reg(Regno);
  bool NullPtr = model::isNullableArg(T) && R.isKnownZero();
  if (A + 1 >= H.numArgs() || !model::isSizeArg(H.Args[A + 1]))
    return E.unknown("memory argument without a size argument");
  if (!checkRegRead(E, P.State, Regno + 1))
    return false;
  const RegState &SizeReg = P.State.reg(Regno + 1);
  std::string SName = regName(Regno + 1);
  if (!SizeReg.isScalar())
    return rejectTypeMismatch(E, Regno + 1, SizeReg, "scalar");
  bool ZeroOk = H.Args[A + 1] != ArgType::ConstSize;
  if (SizeReg.Var.SMin < 0)
    return E.reject(SName + " min value is negative, either use unsigned "
                            "or 'var &= const'");
  if (SizeReg.Var.UMin == 0 && !ZeroOk)
    return E.reject(SName + " invalid zero-sized read: u64=[" +
                    std::to_string(SizeReg.Var.UMin) + "," +
                    std::to_string(SizeReg.Var.UMax) + "]");
  if (SizeReg.Var.UMax >= static_cast<uint64_t>(model::MaxVarOff)) {
    E.note(SizeReg.Origin, "the size comes from here and has no upper bound");
    return E.reject(SName + " unbounded memory access, use 'var &= const' "
                            "or 'if (var < const)'");
  }
  uint64_t Size = SizeReg.Var.UMax;
  Facts.MaxMemSize = Size;
  bool Writes = T == ArgType::PtrToMemWrite || T == ArgType::PtrToUninitMem;
  ++A;
  // NULL is fine with a size of 0 only.
  if (NullPtr)
    return Size == 0 || rejectTypeMismatch(E, Regno, R, "fp");
  // A size of 0 still needs a pointer the kernel would let the helper use
  // (check_helper_mem_access() with the size's maximum).
  return checkHelperMemArg(E, P, R, Regno, Size, Writes, H);
}

/// Socket pointers: never NULL, of the kinds the prototype names.
static bool checkSocketArg(TransferEnv &E, const RegState &R, int Regno,
                           ArgType T) {
  if (T == ArgType::PtrToSocketOrNull && R.isKnownZero())
    return true;
  if (T == ArgType::PtrToSocket || T == ArgType::PtrToSocketOrNull) {
    if (R.Type != RegType::Socket || R.maybeNull())
      return rejectTypeMismatch(E, Regno, R, "sock");
    return true;
  }
  if (!R.maybeNull() && R.isSocket())
    return true;
  if (R.maybeNull())
    noteMaybeNull(E, Regno, R);
  return rejectTypeMismatch(E, Regno, R,
                            T == ArgType::PtrToSockCommon
                                ? "sock_common, sock, tcp_sock, xdp_sock"
                                : "sock_common, sock, tcp_sock, xdp_sock, "
                                  "ptr_, trusted_ptr_");
}

/// ARG_PTR_TO_BTF_ID_SOCK_COMMON: a socket of any kind, or a plain or
/// trusted kernel struct pointer to one (btf_id_sock_common_types).
static bool checkSockCommonArg(TransferEnv &E, const RegState &R, int Regno) {
  if (R.Type == RegType::BtfId && !R.maybeNull() &&
      !(R.Flags & (BtfUntrusted | BtfRcu)))
    return checkBtfIdArg(E, R, Regno, "sock_common", false);
  return checkSocketArg(E, R, Regno, ArgType::PtrToBtfIdSockCommon);
}

/// A sockmap or sockhash: its values are sockets.
static bool isSocketMap(const bpf::MapDef &M) {
  auto T = static_cast<model::MapType>(M.Type);
  return T == model::MapType::Sockmap || T == model::MapType::Sockhash;
}

/// Argument \p A (its size argument too, for sized memory).
static bool checkArg(TransferEnv &E, Path &P, const model::HelperProto &H,
                     unsigned &A, CallFacts &Facts) {
  int Regno = static_cast<int>(A) + 1;
  ArgType T = H.Args[A];
  const RegState &R = P.State.reg(Regno);
  switch (T) {
  case ArgType::Anything:
    return true;
  case ArgType::Scalar:
    return R.isScalar() || rejectTypeMismatch(E, Regno, R, "scalar");
  case ArgType::ConstMapPtr:
    if (R.Type != RegType::ConstMapPtr || R.maybeNull())
      return rejectTypeMismatch(E, Regno, R, "map_ptr");
    // bpf_timer_init(): the map must be the one the timer lives in.
    if (Facts.Map && Facts.Map != R.Map)
      return E.reject("timer pointer in R1 map_uid=0 doesn't match map "
                      "pointer in R2 map_uid=0");
    Facts.Map = R.Map;
    return true;
  case ArgType::PtrToSpinLock:
    return checkSpinLockArg(E, P.State, Regno,
                            H.Id == model::BPF_FUNC_spin_lock);
  case ArgType::PtrToTimer:
    return checkTimerArg(E, R, Regno, Facts);
  case ArgType::PtrToMapValue:
  case ArgType::PtrToUninitMapValue:
  case ArgType::PtrToMapValueOrNull:
    // A sockmap's or sockhash's value is a socket (resolve_map_arg_type()).
    if (Facts.Map && isSocketMap(*Facts.Map)) {
      if (T != ArgType::PtrToMapValue)
        return E.reject("invalid arg_type for sockmap/sockhash");
      return checkSockCommonArg(E, R, Regno);
    }
    [[fallthrough]];
  case ArgType::PtrToMapKey:
    return checkMapMemArg(E, P, H, T, Regno, Facts);
  case ArgType::PtrToFixedSizeMem:
  case ArgType::PtrToLong:
  case ArgType::PtrToInt:
    return checkFixedSizeArg(E, P, H, A);
  case ArgType::PtrToFunc:
    if (R.Type != RegType::Func || R.Callee < 0)
      return rejectTypeMismatch(E, Regno, R, "func");
    Facts.Callback = R.Callee;
    return true;
  case ArgType::PtrToStackOrNull:
    return R.isKnownZero() || R.Type == RegType::Stack ||
           rejectTypeMismatch(E, Regno, R, "fp");
  case ArgType::PtrToCtxOrNull:
    if (R.isKnownZero())
      return true;
    [[fallthrough]];
  case ArgType::PtrToCtx:
    if (R.Type != RegType::Ctx)
      return rejectTypeMismatch(E, Regno, R, "ctx");
    return checkUnmodifiedPtr(E, Regno, R);
  case ArgType::PtrToMem:
  case ArgType::PtrToMemWrite:
  case ArgType::PtrToReadonlyMem:
  case ArgType::PtrToUninitMem:
  case ArgType::PtrToMemOrNull:
  case ArgType::PtrToReadonlyMemOrNull:
    return checkSizedMemArg(E, P, H, A, Facts);
  case ArgType::ConstAllocSizeOrZero:
    if (!R.isScalar())
      return rejectTypeMismatch(E, Regno, R, "scalar");
    if (!R.Var.isConst())
      return E.reject(regName(Regno) + " is not a known constant'");
    Facts.AllocSize = R.Var.constValue();
    return true;
  case ArgType::PtrToAllocMem:
    if (R.Type == RegType::Mem && (R.Flags & RingBuf) && !R.maybeNull())
      return true;
    if (R.maybeNull())
      noteMaybeNull(E, Regno, R);
    return rejectTypeMismatch(E, Regno, R, "ringbuf_mem");
  case ArgType::PtrToBtfId:
  case ArgType::PtrToBtfIdOrNull:
    return checkBtfIdArg(E, R, Regno, H.ArgBtf[A],
                         T == ArgType::PtrToBtfIdOrNull);
  case ArgType::PtrToPercpuBtfId:
    return checkPercpuBtfIdArg(E, R, Regno);
  case ArgType::PtrToBtfIdSockCommonOrNull:
    if (R.isKnownZero())
      return true;
    if (R.maybeNull()) {
      // Or NULL: a socket that may be NULL is taken as it is.
      RegState NonNull = R;
      NonNull.Flags &= ~MaybeNull;
      if (NonNull.Type == RegType::BtfId &&
          !(NonNull.Flags & (BtfUntrusted | BtfRcu)))
        return checkBtfIdArg(E, NonNull, Regno, "sock_common", false);
      if (NonNull.isSocket())
        return true;
      return rejectTypeMismatch(E, Regno, R,
                                "sock_common, sock, tcp_sock, xdp_sock, ptr_, "
                                "trusted_ptr_");
    }
    [[fallthrough]];
  case ArgType::PtrToBtfIdSockCommon:
    return checkSockCommonArg(E, R, Regno);
  case ArgType::PtrToSockCommon:
  case ArgType::PtrToSocketOrNull:
  case ArgType::PtrToSocket:
    return checkSocketArg(E, R, Regno, T);
  case ArgType::PtrToDynptr:
  case ArgType::PtrToUninitLocalDynptr:
  case ArgType::PtrToUninitRingbufDynptr:
  case ArgType::PtrToRingbufDynptr:
    return checkDynptrArg(E, P, H, A, Facts);
  case ArgType::PtrToConstStr:
    return checkConstStrArg(E, R, Regno);
  case ArgType::KptrXchgDest:
    return checkKptrXchgDest(E, R, Regno, Facts);
  case ArgType::KptrXchgValue:
    return checkKptrXchgValue(E, R, Regno, Facts);
  default:
    return E.unknown(std::string("argument kind ") + model::argTypeName(T) +
                     " of bpf_" + H.Name + " is not modelled yet");
  }
}

bool analysis::checkHelperArgs(TransferEnv &E, Path &P,
                               const model::HelperProto &H, CallFacts &Facts) {
  for (unsigned A = 0; A < H.numArgs(); ++A) {
    int Regno = static_cast<int>(A) + 1;
    if (H.Args[A] == ArgType::DontCare)
      continue;
    if (!checkRegRead(E, P.State, Regno))
      return false;
    // Only bpf_kptr_xchg()'s value and a lock may be a program-allocated
    // object here.
    if (isAllocObj(P.State.reg(Regno)) && H.Args[A] != ArgType::KptrXchgValue &&
        H.Args[A] != ArgType::PtrToSpinLock)
      return E.unknown(std::string("a program-allocated object passed to "
                                   "bpf_") +
                       H.Name + " is not modelled yet");
    if (P.State.reg(Regno).RefObjId)
      Facts.RefObjId = P.State.reg(Regno).RefObjId;
    if (!checkArg(E, P, H, A, Facts))
      return false;
  }
  if (H.Id == model::BPF_FUNC_snprintf)
    return checkSnprintfFormat(E, P);
  return true;
}

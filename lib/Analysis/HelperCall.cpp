//===- HelperCall.cpp - Calls to BPF helpers ------------------------------===//
//
// The kernel's check_helper_call(): is the helper available to this program
// type, does each argument register hold what the prototype asks for (map
// pointer, key or value memory of the map's sizes, memory with a bounded
// size, the context), and what R0 holds afterwards. Helpers and argument
// kinds the model does not describe make the verdict unknown.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

#include "verifiable/Model/HelperAvailability.h"
#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/MapTypes.h"

#include <algorithm>
#include <climits>
#include <optional>

using namespace verifiable;
using namespace verifiable::analysis;
using model::ArgType;
using model::RetType;

static constexpr uint64_t MaxVarSize = 1 << 29;

namespace {
/// What the argument checks learned for computing R0.
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
};

/// Helpers that return at most the size of the buffer they filled, or a
/// negative error (the kernel's do_refine_retval_range()).
static bool returnsAtMostSize(unsigned Id) {
  switch (Id) {
  case model::BPF_FUNC_get_stack:
  case model::BPF_FUNC_get_task_stack:
  case model::BPF_FUNC_probe_read_str:
  case model::BPF_FUNC_probe_read_kernel_str:
  case model::BPF_FUNC_probe_read_user_str:
    return true;
  default:
    return false;
  }
}
} // namespace

std::optional<uint64_t> Engine::constantStackKey(const VerifierState &S,
                                                 const RegState &Key,
                                                 uint32_t Size) {
  if (!Opts.Privileged || !Key.Var.isConst() || Key.Frame >= S.Frames.size())
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

bool Engine::lookupCannotFail(const bpf::MapDef &Map,
                              std::optional<uint64_t> Key) const {
  auto T = static_cast<model::MapType>(Map.Type);
  return Profile.ConstKeyLookupNonNull && Opts.Privileged && Key &&
         (T == model::MapType::Array || T == model::MapType::PercpuArray) &&
         *Key < Map.MaxEntries;
}

bool Engine::releaseArgument(Path &P, const model::HelperProto &H) {
  VerifierState &S = P.State;
  int Regno = H.ReleasesArg + 1;
  const RegState &R = S.reg(Regno);
  std::string RName = "R" + std::to_string(Regno);
  if (!R.RefObjId && !R.isKnownZero())
    return reject(RName + " must be referenced when passed to release "
                          "function");
  if (R.Off)
    return reject(RName + " must have zero offset when passed to release "
                          "func or trusted arg to kfunc");
  if (!R.Var.isConst() || R.Var.constValue())
    return reject("variable " + R.typeName() +
                  " access var_off=" + R.Var.Var.str() + " disallowed");
  if (R.RefObjId && !releaseReference(S, R.RefObjId))
    return reject("func bpf_" + std::string(H.Name) + "#" +
                  std::to_string(H.Id) +
                  " reference has not been acquired before");
  return true;
}

bool Engine::doHelperCall(Path &P, const bpf::Insn &I) {
  VerifierState &S = P.State;
  model::HelperQuery Q;
  Q.Profile = &Profile;
  Q.Type = Section->Type;
  Q.Attach = Section->Attach;
  Q.Sleepable = Section->Sleepable;
  model::HelperLookup L = model::lookupHelper(Q, static_cast<unsigned>(I.Imm));
  if (L.Status == model::Availability::Forbidden)
    return reject(model::helperRefusalMessage(static_cast<unsigned>(I.Imm)));
  if (L.Status == model::Availability::Unknown || !L.Proto)
    return unknown("helper " + model::helperDisplayName(I.Imm) + "#" +
                   std::to_string(I.Imm) +
                   " is not modelled for this program type");
  const model::HelperProto &H = *L.Proto;
  std::string Name = "bpf_" + std::string(H.Name);
  if (!H.Modeled)
    return unknown("helper " + Name + "#" + std::to_string(I.Imm) +
                   " is not modelled yet");
  if (H.GplOnly && !Prog.isGPLCompatible())
    return reject("cannot call GPL-restricted function from non-GPL "
                  "compatible program");

  CallFacts Facts;
  for (unsigned A = 0; A < H.numArgs(); ++A) {
    int Regno = static_cast<int>(A) + 1;
    ArgType T = H.Args[A];
    if (T == ArgType::DontCare)
      continue;
    if (!checkRegRead(S, Regno))
      return false;
    const RegState &R = S.reg(Regno);
    if (R.RefObjId)
      Facts.RefObjId = R.RefObjId;
    std::string RName = "R" + std::to_string(Regno);
    auto TypeMismatch = [&](const char *Expected) {
      return reject(RName + " type=" + R.typeName() + " expected=" + Expected);
    };
    switch (T) {
    case ArgType::Anything:
      break;
    case ArgType::Scalar:
      if (!R.isScalar())
        return TypeMismatch("scalar");
      break;
    case ArgType::ConstMapPtr:
      if (R.Type != RegType::ConstMapPtr)
        return TypeMismatch("map_ptr");
      Facts.Map = R.Map;
      break;
    case ArgType::PtrToMapKey:
    case ArgType::PtrToMapValue:
    case ArgType::PtrToUninitMapValue: {
      if (!Facts.Map)
        return unknown("map argument before its map pointer");
      uint32_t Size =
          T == ArgType::PtrToMapKey ? Facts.Map->KeySize : Facts.Map->ValueSize;
      bool Writes = T == ArgType::PtrToUninitMapValue;
      if (!checkHelperMemArg(P, R, Regno, Size, Writes, H))
        return false;
      if (T == ArgType::PtrToMapKey && R.Type == RegType::Stack)
        Facts.ConstKey = constantStackKey(S, R, Size);
      break;
    }
    case ArgType::PtrToFixedSizeMem:
    case ArgType::PtrToLong:
    case ArgType::PtrToInt: {
      // A fixed-size buffer; the int/long forms are written by the helper
      // and must be naturally aligned (MEM_ALIGNED).
      uint32_t Size = H.ArgSize[A];
      bool Writes = T != ArgType::PtrToFixedSizeMem;
      if (!Size)
        return unknown("fixed-size argument of " + Name + " without a size");
      if (Writes && R.isPointer() && !R.maybeNull() &&
          !checkStrictAlignment(R, 0, Size))
        return false;
      if (!checkHelperMemArg(P, R, Regno, Size, Writes, H))
        return false;
      break;
    }
    case ArgType::PtrToMapValueOrNull:
      if (R.isKnownZero())
        break;
      if (!Facts.Map)
        return unknown("map argument before its map pointer");
      if (!checkHelperMemArg(P, R, Regno, Facts.Map->ValueSize, false, H))
        return false;
      break;
    case ArgType::PtrToFunc:
      if (R.Type != RegType::Func || R.Callee < 0)
        return TypeMismatch("func");
      Facts.Callback = R.Callee;
      break;
    case ArgType::PtrToStackOrNull:
      if (R.isKnownZero())
        break;
      if (R.Type != RegType::Stack)
        return TypeMismatch("fp");
      break;
    case ArgType::PtrToCtx:
      if (R.Type != RegType::Ctx)
        return TypeMismatch("ctx");
      if (R.Off)
        return reject("dereference of modified ctx ptr " + RName +
                      " off=" + std::to_string(R.Off) + " disallowed");
      break;
    case ArgType::PtrToMem:
    case ArgType::PtrToMemWrite:
    case ArgType::PtrToReadonlyMem:
    case ArgType::PtrToUninitMem:
    case ArgType::PtrToMemOrNull:
    case ArgType::PtrToReadonlyMemOrNull: {
      bool Nullable = model::isNullableArg(T);
      if (Nullable && R.isKnownZero()) {
        ++A; // The size may be anything when the pointer is NULL.
        break;
      }
      if (A + 1 >= H.numArgs() || !model::isSizeArg(H.Args[A + 1]))
        return unknown("memory argument without a size argument");
      if (!checkRegRead(S, Regno + 1))
        return false;
      const RegState &SizeReg = S.reg(Regno + 1);
      std::string SName = "R" + std::to_string(Regno + 1);
      if (!SizeReg.isScalar())
        return reject(SName + " type=" + SizeReg.typeName() +
                      " expected=scalar");
      bool ZeroOk = H.Args[A + 1] != ArgType::ConstSize;
      if (SizeReg.Var.SMin < 0)
        return reject(SName + " min value is negative, either use unsigned "
                              "or 'var &= const'");
      if (SizeReg.Var.UMin == 0 && !ZeroOk)
        return reject(SName + " invalid zero-sized read: u64=[" +
                      std::to_string(SizeReg.Var.UMin) + "," +
                      std::to_string(SizeReg.Var.UMax) + "]");
      if (SizeReg.Var.UMax >= MaxVarSize) {
        note(SizeReg.Origin, "the size comes from here and has no upper bound");
        return reject(SName + " unbounded memory access, use 'var &= const' "
                              "or 'if (var < const)'");
      }
      uint64_t Size = SizeReg.Var.UMax;
      Facts.MaxMemSize = Size;
      bool Writes = T == ArgType::PtrToMemWrite || T == ArgType::PtrToUninitMem;
      if (Size == 0) {
        ++A;
        break;
      }
      if (!checkHelperMemArg(P, R, Regno, Size, Writes, H))
        return false;
      ++A;
      break;
    }
    case ArgType::ConstAllocSizeOrZero:
      if (!R.isScalar())
        return TypeMismatch("scalar");
      if (!R.Var.isConst())
        return reject(RName + " is not a known constant'");
      Facts.AllocSize = R.Var.constValue();
      break;
    case ArgType::PtrToAllocMem:
      if (R.Type != RegType::Mem || !(R.Flags & RingBuf) || R.maybeNull()) {
        if (R.maybeNull())
          note(R.Origin, RName + " may be NULL: it comes from here");
        return TypeMismatch("ringbuf_mem");
      }
      break;
    case ArgType::PtrToSockCommon:
    case ArgType::PtrToBtfIdSockCommon:
      if (R.maybeNull() ||
          (R.Type != RegType::SockCommon && R.Type != RegType::Socket &&
           R.Type != RegType::TcpSock)) {
        if (R.maybeNull())
          note(R.Origin, RName + " may be NULL: it comes from here");
        return TypeMismatch(T == ArgType::PtrToSockCommon
                                ? "sock_common, sock, tcp_sock, xdp_sock"
                                : "sock_common, sock, tcp_sock, xdp_sock, "
                                  "ptr_, trusted_ptr_");
      }
      break;
    case ArgType::PtrToSocketOrNull:
      if (R.isKnownZero())
        break;
      [[fallthrough]];
    case ArgType::PtrToSocket:
      if (R.Type != RegType::Socket || R.maybeNull())
        return TypeMismatch("sock");
      break;
    default:
      return unknown(std::string("argument kind ") + model::argTypeName(T) +
                     " of " + Name + " is not modelled yet");
    }
  }

  if (Facts.Map &&
      !model::mapHelperCompatible(static_cast<model::MapType>(Facts.Map->Type),
                                  static_cast<unsigned>(I.Imm), Section->Type,
                                  Section->Attach))
    return reject(model::mapHelperIncompatibleMessage(
        static_cast<model::MapType>(Facts.Map->Type),
        static_cast<unsigned>(I.Imm), Section->Type, Section->Attach));
  if (H.ReleasesArg >= 0 && !releaseArgument(P, H))
    return false;
  if (H.Id == model::BPF_FUNC_tail_call && !checkReferenceLeak(P))
    return false; // "tail_call would lead to reference leak"

  RegState R0;
  switch (H.Ret) {
  case RetType::Integer:
    R0 = RegState::unknownScalar();
    if (returnsAtMostSize(H.Id)) {
      constexpr int64_t MaxErrno = 4095;
      R0.Var.SMin = -MaxErrno;
      R0.Var.S32Min = -MaxErrno;
      R0.Var.SMax = static_cast<int64_t>(Facts.MaxMemSize);
      R0.Var.S32Max =
          static_cast<int32_t>(std::min<uint64_t>(Facts.MaxMemSize, INT32_MAX));
      R0.Var.sync();
    }
    break;
  case RetType::Void:
    R0 = RegState::notInit();
    break;
  case RetType::PtrToMapValue:
  case RetType::PtrToMapValueOrNull: {
    if (!Facts.Map)
      return unknown(Name + " returns a map value of an unknown map");
    const model::MapTypeInfo *MT = model::findMapType(Facts.Map->Type);
    if (H.Id == model::BPF_FUNC_map_lookup_elem && MT &&
        MT->Lookup == model::MapLookup::InnerMap) {
      // A map of maps yields a map_value_or_null that the NULL check
      // turns into the inner map (see markNullChecked()).
      if (!Facts.Map->Inner)
        return unknown("the inner map of '" + Facts.Map->Name +
                       "' is not described");
      R0 = RegState::pointer(RegType::MapValue, MaybeNull);
      R0.Map = Facts.Map;
      break;
    }
    bool CannotFail = H.Id == model::BPF_FUNC_map_lookup_elem &&
                      lookupCannotFail(*Facts.Map, Facts.ConstKey);
    R0 = RegState::pointer(
        RegType::MapValue,
        H.Ret == RetType::PtrToMapValueOrNull && !CannotFail ? MaybeNull : 0);
    R0.Map = Facts.Map;
    if (model::mapLookupAcquires(static_cast<model::MapType>(Facts.Map->Type)))
      return unknown(Name + " on a socket map is not modelled yet");
    break;
  }
  case RetType::PtrToAllocMemOrNull:
    R0 = RegState::pointer(RegType::Mem, RingBuf | MaybeNull);
    R0.MemSize = static_cast<uint32_t>(Facts.AllocSize);
    break;
  case RetType::PtrToSocketOrNull:
    R0 = RegState::pointer(RegType::Socket, MaybeNull);
    break;
  case RetType::PtrToSockCommonOrNull:
    R0 = RegState::pointer(RegType::SockCommon, MaybeNull);
    break;
  case RetType::PtrToTcpSockOrNull:
    R0 = RegState::pointer(RegType::TcpSock, MaybeNull);
    break;
  default:
    return unknown(std::string("return kind ") + model::retTypeName(H.Ret) +
                   " of " + Name + " is not modelled yet");
  }
  R0.Origin = P.Pc;
  if (Facts.Callback >= 0 && !pushCallback(P, H, Facts.Callback, Facts.Map))
    return false;
  if (R0.maybeNull())
    R0.Id = newId();
  if (H.CastsSocket) {
    R0.RefObjId = Facts.RefObjId;
  } else if (H.Acquires) {
    uint32_t Id = acquireReference(S, P.Pc);
    R0.Id = Id;
    R0.RefObjId = Id;
  }
  if (H.ChangesPktData)
    invalidatePacketPointers(S);
  for (int R = 1; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  S.reg(0) = R0;
  ++P.Pc;
  return true;
}

//===- HelperResult.cpp - What R0 holds after a helper call ---------------===//
//
// The return-type switch of the kernel's check_helper_call(): an integer
// (bounded for the helpers that return at most their buffer's size), a map
// value that may be NULL (or may not, for a constant key inside an array),
// ring buffer memory, sockets. Return kinds the model does not describe
// make the verdict unknown.
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "HelperCall.h"
#include "TransferEnv.h"

#include "verifiable/Model/KernelLimits.h"
#include "verifiable/Model/MapTypes.h"

#include <algorithm>
#include <climits>

using namespace verifiable;
using namespace verifiable::analysis;
using model::RetType;

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

static RegState integerResult(const TransferEnv &E, const model::HelperProto &H,
                              const CallFacts &Facts) {
  RegState R0 = RegState::unknownScalar();
  if (H.Id == model::BPF_FUNC_get_smp_processor_id) {
    // do_refine_retval_range(): a CPU number is below nr_cpu_ids.
    uint32_t Cpus = E.Opts.NrCpuIds ? E.Opts.NrCpuIds : model::MaxNrCpus;
    R0.Var = domain::Scalar::unsignedRange(0, Cpus - 1);
    return R0;
  }
  if (!returnsAtMostSize(H.Id))
    return R0;
  R0.Var.SMin = -model::MaxErrno;
  R0.Var.S32Min = -model::MaxErrno;
  R0.Var.SMax = static_cast<int64_t>(Facts.MaxMemSize);
  R0.Var.S32Max =
      static_cast<int32_t>(std::min<uint64_t>(Facts.MaxMemSize, INT32_MAX));
  R0.Var.sync();
  return R0;
}

/// Lookups that return map_value rather than map_value_or_null: a known
/// key inside an array (the kernel's const_map_key).
static bool lookupCannotFail(TransferEnv &E, const bpf::MapDef &Map,
                             std::optional<uint64_t> Key) {
  auto T = static_cast<model::MapType>(Map.Type);
  return E.Profile.has(model::KernelFeature::ConstKeyLookupNonNull) &&
         E.privileged() && Key &&
         (T == model::MapType::Array || T == model::MapType::PercpuArray) &&
         *Key < Map.MaxEntries;
}

static bool mapValueResult(TransferEnv &E, const model::HelperProto &H,
                           const CallFacts &Facts, RegState &R0) {
  std::string Name = "bpf_" + std::string(H.Name);
  if (!Facts.Map)
    return E.unknown(Name + " returns a map value of an unknown map");
  const model::MapTypeInfo *MT = model::findMapType(Facts.Map->Type);
  if (H.Id == model::BPF_FUNC_map_lookup_elem && MT &&
      MT->Lookup == model::MapLookup::InnerMap) {
    // A map of maps yields the inner map or NULL; older kernels call it a
    // map_value_or_null that the NULL check turns into the inner map (see
    // markNullChecked()).
    if (!Facts.Map->Inner)
      return E.unknown("the inner map of '" + Facts.Map->Name +
                       "' is not described");
    if (E.Profile.has(model::KernelFeature::LookupTypedByMap)) {
      R0 = RegState::pointer(RegType::ConstMapPtr, MaybeNull);
      R0.Map = Facts.Map->Inner.get();
      return true;
    }
    R0 = RegState::pointer(RegType::MapValue, MaybeNull);
    R0.Map = Facts.Map;
    return true;
  }
  bool CannotFail = H.Id == model::BPF_FUNC_map_lookup_elem &&
                    lookupCannotFail(E, *Facts.Map, Facts.ConstKey);
  R0 = RegState::pointer(
      RegType::MapValue,
      H.Ret == RetType::PtrToMapValueOrNull && !CannotFail ? MaybeNull : 0);
  R0.Map = Facts.Map;
  // An xskmap's value is the AF_XDP socket (read-only bpf_xdp_sock).
  if (H.Id == model::BPF_FUNC_map_lookup_elem && MT &&
      MT->Lookup == model::MapLookup::XdpSock &&
      E.Profile.has(model::KernelFeature::LookupTypedByMap))
    R0 = RegState::pointer(RegType::XdpSock, MaybeNull);
  // A sockmap or sockhash lookup takes a reference on the socket (released
  // with bpf_sk_release; HelperCall.cpp acquires it).
  if (model::mapLookupAcquires(static_cast<model::MapType>(Facts.Map->Type)) &&
      E.Profile.has(model::KernelFeature::LookupTypedByMap)) {
    R0 = RegState::pointer(RegType::Socket, MaybeNull);
    R0.Map = Facts.Map;
  }
  return true;
}

bool analysis::helperResult(TransferEnv &E, const Path &P,
                            const model::HelperProto &H, const CallFacts &Facts,
                            RegState &R0) {
  switch (H.Ret) {
  case RetType::Integer:
    R0 = integerResult(E, H, Facts);
    break;
  case RetType::Void:
    R0 = RegState::notInit();
    break;
  case RetType::PtrToMapValue:
  case RetType::PtrToMapValueOrNull:
    if (!mapValueResult(E, H, Facts, R0))
      return false;
    break;
  case RetType::PtrToAllocMemOrNull:
    R0 = RegState::pointer(RegType::Mem, RingBuf | MaybeNull);
    R0.MemSize = static_cast<uint32_t>(Facts.AllocSize);
    break;
  case RetType::PtrToDynptrMemOrNull:
    // A slice of the dynptr; a ring buffer dynptr's slices die with it.
    R0 = RegState::pointer(RegType::Mem, MaybeNull | DynptrSlice);
    R0.MemSize = static_cast<uint32_t>(Facts.AllocSize);
    R0.RefObjId = Facts.RefObjId;
    R0.DynptrId = Facts.DynptrId;
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
  case RetType::PtrToBtfIdOrNull:
    if (Facts.Kptr) {
      if (!kptrXchgResult(E, Facts, R0))
        return false;
      break;
    }
    [[fallthrough]];
  case RetType::PtrToBtfId:
  case RetType::PtrToBtfIdTrusted:
    if (!btfIdResult(E, H.Name, H.RetBtf,
                     H.Ret == RetType::PtrToBtfIdOrNull    ? MaybeNull
                     : H.Ret == RetType::PtrToBtfIdTrusted ? BtfTrusted
                                                           : 0,
                     R0))
      return false;
    break;
  default:
    return E.unknown(std::string("return kind ") + model::retTypeName(H.Ret) +
                     " of bpf_" + H.Name + " is not modelled yet");
  }
  R0.Origin = P.Pc;
  return true;
}

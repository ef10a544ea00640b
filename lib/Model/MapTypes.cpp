//===- MapTypes.cpp - Map type table and map/helper pairing ---------------===//
//
// Lookups over MapTypes.def and the two-sided compatibility check over
// MapHelperCompat.def.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/MapTypes.h"

#include "verifiable/Model/Helpers.h"

namespace verifiable {
namespace model {

namespace {

constexpr MapTypeInfo MapRows[] = {
#define MAP_TYPE(Enumerator, Id, KernelName, PerCpu, Lookup, ProgReadOnly,     \
                 SleepableOk, Modeled)                                         \
  {MapType::Enumerator, KernelName,  PerCpu, MapLookup::Lookup,                \
   ProgReadOnly,        SleepableOk, Modeled},
#include "verifiable/Model/MapTypes.def"
};

struct Pair {
  MapType Map;
  unsigned Helper;
};

constexpr Pair MapOnly[] = {
#define MAP_ONLY(MT, Helper) {MapType::MT, BPF_FUNC_##Helper},
#include "MapHelperCompat.def"
};

constexpr Pair HelperOnly[] = {
#define HELPER_ONLY(Helper, MT) {MapType::MT, BPF_FUNC_##Helper},
#include "MapHelperCompat.def"
};

/// A map type with MAP_ONLY rows allows only the helpers listed.
bool mapSideAllows(MapType MT, unsigned HelperId) {
  bool Restricted = false;
  for (const Pair &P : MapOnly) {
    if (P.Map != MT)
      continue;
    Restricted = true;
    if (P.Helper == HelperId)
      return true;
  }
  return !Restricted;
}

/// A helper with HELPER_ONLY rows allows only the map types listed.
bool helperSideAllows(MapType MT, unsigned HelperId) {
  bool Restricted = false;
  for (const Pair &P : HelperOnly) {
    if (P.Helper != HelperId)
      continue;
    Restricted = true;
    if (P.Map == MT)
      return true;
  }
  return !Restricted;
}

bool isSockmap(MapType MT) {
  return MT == MapType::Sockmap || MT == MapType::Sockhash;
}

bool isSockmapWrite(unsigned HelperId) {
  return HelperId == BPF_FUNC_map_update_elem ||
         HelperId == BPF_FUNC_map_delete_elem;
}

/// The kernel's may_update_sockmap(): program types that cannot hold a
/// locked socket while running.
bool mayUpdateSockmap(ProgType PT, AttachType AT, unsigned HelperId) {
  switch (PT) {
  case ProgType::Tracing:
    return AT == AttachType::TraceIter;
  case ProgType::SockOps:
    return HelperId == BPF_FUNC_map_delete_elem;
  case ProgType::SocketFilter:
  case ProgType::SchedCls:
  case ProgType::SchedAct:
  case ProgType::Xdp:
  case ProgType::SkReuseport:
  case ProgType::FlowDissector:
  case ProgType::SkLookup:
    return true;
  default:
    return false;
  }
}

} // namespace

const MapTypeInfo *findMapType(uint32_t Id) {
  for (const MapTypeInfo &I : MapRows)
    if (static_cast<uint32_t>(I.Type) == Id)
      return &I;
  return nullptr;
}

const MapTypeInfo *findMapType(std::string_view KernelName) {
  for (const MapTypeInfo &I : MapRows)
    if (KernelName == I.KernelName)
      return &I;
  return nullptr;
}

bool mapHelperCompatible(MapType MT, unsigned HelperId, ProgType PT,
                         AttachType AT) {
  bool MapOk = mapSideAllows(MT, HelperId) ||
               (isSockmap(MT) && isSockmapWrite(HelperId) &&
                mayUpdateSockmap(PT, AT, HelperId));
  return MapOk && helperSideAllows(MT, HelperId);
}

bool mapHelperCompatible(MapType MT, unsigned HelperId) {
  return mapHelperCompatible(MT, HelperId, ProgType::Unspec,
                             AttachType::CgroupInetIngress);
}

std::string mapHelperIncompatibleMessage(MapType MT, unsigned HelperId,
                                         ProgType PT, AttachType AT) {
  if (isSockmap(MT) && isSockmapWrite(HelperId) &&
      !mayUpdateSockmap(PT, AT, HelperId))
    return "cannot update sockmap in this context";
  // Measured on 6.18: bpf_tail_call() names what it expects before the
  // generic compatibility check runs.
  if (HelperId == BPF_FUNC_tail_call && MT != MapType::ProgArray)
    return "expected prog array map for tail call";
  // The callback setup for map iteration refuses the map first.
  if (HelperId == BPF_FUNC_for_each_map_elem && !mapSupportsForEach(MT))
    return "callback function not allowed for map";
  return "cannot pass map_type " + std::to_string(static_cast<uint32_t>(MT)) +
         " into func " + helperDisplayName(HelperId) + "#" +
         std::to_string(HelperId);
}

bool mapLookupAcquires(MapType MT) { return isSockmap(MT); }

const char *mapKernelStruct(MapType MT) {
  switch (MT) {
  case MapType::Array:
  case MapType::PercpuArray:
  case MapType::ProgArray:
  case MapType::PerfEventArray:
  case MapType::CgroupArray:
  case MapType::ArrayOfMaps:
    return "bpf_array";
  case MapType::Hash:
  case MapType::PercpuHash:
  case MapType::LruHash:
  case MapType::LruPercpuHash:
  case MapType::HashOfMaps:
    return "bpf_htab";
  case MapType::StackTrace:
    return "bpf_stack_map";
  case MapType::LpmTrie:
    return "lpm_trie";
  case MapType::Devmap:
  case MapType::DevmapHash:
    return "bpf_dtab";
  case MapType::Sockmap:
    return "bpf_stab";
  case MapType::Sockhash:
    return "bpf_shtab";
  case MapType::Cpumap:
    return "bpf_cpu_map";
  case MapType::Xskmap:
    return "xsk_map";
  case MapType::CgroupStorage:
  case MapType::PercpuCgroupStorage:
    return "bpf_cgroup_storage_map";
  case MapType::ReuseportSockarray:
    return "reuseport_array";
  case MapType::Queue:
  case MapType::Stack:
    return "bpf_queue_stack";
  case MapType::SkStorage:
  case MapType::InodeStorage:
  case MapType::TaskStorage:
  case MapType::CgrpStorage:
    return "bpf_local_storage_map";
  case MapType::StructOps:
    return "bpf_struct_ops_map";
  case MapType::Ringbuf:
  case MapType::UserRingbuf:
    return "bpf_ringbuf_map";
  case MapType::BloomFilter:
    return "bpf_bloom_filter";
  case MapType::Arena:
    return "bpf_arena";
  default:
    return nullptr;
  }
}

bool mapSupportsForEach(MapType MT) {
  switch (MT) {
  case MapType::Hash:
  case MapType::LruHash:
  case MapType::Array:
  case MapType::PercpuHash:
  case MapType::LruPercpuHash:
  case MapType::PercpuArray:
    return true;
  default:
    return false;
  }
}

bool helperWritesMap(unsigned HelperId) {
  return HelperId == BPF_FUNC_map_update_elem ||
         HelperId == BPF_FUNC_map_delete_elem ||
         HelperId == BPF_FUNC_map_push_elem ||
         HelperId == BPF_FUNC_map_pop_elem;
}

std::string mapProgIncompatibleMessage(MapType MT, bool Sleepable) {
  if (MT == MapType::StructOps)
    return "bpf_struct_ops map cannot be used in prog";
  const MapTypeInfo *Info = findMapType(MT);
  if (Sleepable && Info && !Info->SleepableOk)
    return "Sleepable programs can only use array, hash, ringbuf and local "
           "storage maps";
  return "";
}

} // namespace model
} // namespace verifiable

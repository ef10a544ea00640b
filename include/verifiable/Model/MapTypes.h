//===- MapTypes.h - Map types and the helpers they work with ----*- C++ -*-===//
//
// What a program may do with a map depends on the map's type: a prog array
// only feeds bpf_tail_call, a ring buffer only the ringbuf helpers, a lookup
// in a sockmap returns a referenced socket. The kernel checks the pairing of
// map and helper in check_map_func_compatibility(); mapHelperCompatible()
// answers the same question. Rows are in MapTypes.def.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_MAPTYPES_H
#define VERIFIABLE_MODEL_MAPTYPES_H

#include "verifiable/Model/ProgTypes.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace verifiable {
namespace model {

enum class MapType : uint32_t {
#define MAP_TYPE(Enumerator, Id, KernelName, PerCpu, Lookup, ProgReadOnly,     \
                 SleepableOk, Modeled)                                         \
  Enumerator = Id,
#include "verifiable/Model/MapTypes.def"
};

/// What bpf_map_lookup_elem() yields, after the NULL check.
enum class MapLookup : uint8_t { None, Value, InnerMap, XdpSock, Socket };

struct MapTypeInfo {
  MapType Type;
  const char *KernelName;
  bool PerCpu;
  MapLookup Lookup;
  /// Always created with BPF_F_RDONLY_PROG (devmaps). Maps created with that
  /// flag by the loader (.rodata, .kconfig) are read-only too; that is a
  /// property of the map definition, not of its type.
  bool ProgReadOnly;
  bool SleepableOk;
  bool Modeled;
};

const MapTypeInfo *findMapType(uint32_t Id);
const MapTypeInfo *findMapType(std::string_view KernelName);
inline const MapTypeInfo *findMapType(MapType T) {
  return findMapType(static_cast<uint32_t>(T));
}

/// The kernel's check_map_func_compatibility(): may a map of type \p MT be
/// passed to helper \p HelperId by a program of type \p PT? Only sockmap and
/// sockhash updates depend on the program type.
bool mapHelperCompatible(MapType MT, unsigned HelperId, ProgType PT,
                         AttachType AT);
/// Same, for pairings that do not depend on the program type; sockmap and
/// sockhash update and delete are reported incompatible.
bool mapHelperCompatible(MapType MT, unsigned HelperId);

/// The kernel's first message for an incompatible pairing: "cannot update
/// sockmap in this context" or "cannot pass map_type 3 into func
/// bpf_map_lookup_elem#1".
std::string mapHelperIncompatibleMessage(MapType MT, unsigned HelperId,
                                         ProgType PT, AttachType AT);

/// The kernel struct behind a map of this type (its map_ops' map_btf_id:
/// struct bpf_array for the array kinds, struct bpf_htab for the hash
/// kinds, ...), which a program reads through a map pointer; nullptr when
/// the type has none.
const char *mapKernelStruct(MapType MT);

/// bpf_for_each_map_elem() can iterate this map (array and hash kinds);
/// others are refused with "callback function not allowed for map".
bool mapSupportsForEach(MapType MT);

/// bpf_map_lookup_elem() on this map returns a reference the program must
/// release (sockmap, sockhash).
bool mapLookupAcquires(MapType MT);

/// Helpers that modify the map passed to them (update, delete, push, pop);
/// refused with "write into map forbidden" on a map created with
/// BPF_F_RDONLY_PROG.
bool helperWritesMap(unsigned HelperId);

/// The kernel's check_map_prog_compatibility() restrictions that depend on
/// types only: struct_ops maps are never usable, and sleepable programs may
/// use only some map types. Returns the kernel's message, or "" if allowed.
std::string mapProgIncompatibleMessage(MapType MT, bool Sleepable);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_MAPTYPES_H

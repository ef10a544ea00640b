//===- MapDefaults.cpp - Sizes userspace normally gives maps --------------===//
//
// The kernel's constraints on max_entries per map type, and defaults that
// satisfy them.
//
//===----------------------------------------------------------------------===//
#include "MapDefaults.h"

#include <bpf/libbpf.h>
#include <linux/bpf.h>
#include <unistd.h>

using namespace verifiable::kernelcheck;

namespace {

/// Ring buffers must be a power of two and a multiple of the page size.
uint32_t ringBufferSize(uint32_t Declared, uint32_t PageSize) {
  constexpr uint32_t DefaultSize = 64 * 4096;
  if (Declared == 0)
    return DefaultSize > PageSize ? DefaultSize : PageSize;
  uint64_t Size = PageSize;
  while (Size < Declared)
    Size <<= 1;
  return Size > UINT32_MAX / 2 + 1 ? UINT32_MAX / 2 + 1
                                   : static_cast<uint32_t>(Size);
}

} // namespace

uint32_t verifiable::kernelcheck::defaultMaxEntries(unsigned MapType,
                                                    uint32_t Declared,
                                                    unsigned NumCpus,
                                                    uint32_t PageSize) {
  switch (MapType) {
  case BPF_MAP_TYPE_PERF_EVENT_ARRAY:
    return Declared ? Declared : (NumCpus ? NumCpus : 1);
  case BPF_MAP_TYPE_RINGBUF:
  case BPF_MAP_TYPE_USER_RINGBUF:
    return ringBufferSize(Declared, PageSize);
  // Types whose kernel implementation rejects max_entries == 0.
  case BPF_MAP_TYPE_HASH:
  case BPF_MAP_TYPE_ARRAY:
  case BPF_MAP_TYPE_PROG_ARRAY:
  case BPF_MAP_TYPE_PERCPU_HASH:
  case BPF_MAP_TYPE_PERCPU_ARRAY:
  case BPF_MAP_TYPE_STACK_TRACE:
  case BPF_MAP_TYPE_CGROUP_ARRAY:
  case BPF_MAP_TYPE_LRU_HASH:
  case BPF_MAP_TYPE_LRU_PERCPU_HASH:
  case BPF_MAP_TYPE_LPM_TRIE:
  case BPF_MAP_TYPE_ARRAY_OF_MAPS:
  case BPF_MAP_TYPE_HASH_OF_MAPS:
  case BPF_MAP_TYPE_DEVMAP:
  case BPF_MAP_TYPE_SOCKMAP:
  case BPF_MAP_TYPE_CPUMAP:
  case BPF_MAP_TYPE_XSKMAP:
  case BPF_MAP_TYPE_SOCKHASH:
  case BPF_MAP_TYPE_REUSEPORT_SOCKARRAY:
  case BPF_MAP_TYPE_QUEUE:
  case BPF_MAP_TYPE_STACK:
  case BPF_MAP_TYPE_DEVMAP_HASH:
  case BPF_MAP_TYPE_BLOOM_FILTER:
    return Declared ? Declared : 1;
  default:
    // Local storages, struct_ops and the like require exactly what the
    // object says (often 0).
    return Declared;
  }
}

void verifiable::kernelcheck::prepareMaps(bpf_object *Obj) {
  int NumCpus = libbpf_num_possible_cpus();
  long PageSize = sysconf(_SC_PAGESIZE);
  bpf_map *Map;
  bpf_object__for_each_map(Map, Obj) {
    uint32_t Declared = bpf_map__max_entries(Map);
    uint32_t Wanted = defaultMaxEntries(
        bpf_map__type(Map), Declared, NumCpus > 0 ? NumCpus : 1,
        PageSize > 0 ? static_cast<uint32_t>(PageSize) : 4096);
    if (Wanted != Declared)
      bpf_map__set_max_entries(Map, Wanted);
    bpf_map__set_pin_path(Map, nullptr);
  }
}

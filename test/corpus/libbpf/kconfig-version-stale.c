// The per-version slots with the new-kernel slot number written for a
// three-slot value after the value shrank to two: on every kernel since
// 5.8 the branch libbpf's LINUX_KERNEL_VERSION selects indexes past the end.
// Class: libbpf
// Kernel: reject: invalid access to map value, value_size=16 off=16 size=8
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64[2]);
} version_slots_stale SEC(".maps");

SEC("tp/sched/sched_switch") int lb_kconfig_version_stale(void *ctx) {
  __u32 key = 0, slot = 0;
  __u64 *s = bpf_map_lookup_elem(&version_slots_stale, &key);
  if (!s)
    return 0;
  if (LINUX_KERNEL_VERSION >= ((5 << 16) + (8 << 8)))
    slot = 2;
  s[slot] += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

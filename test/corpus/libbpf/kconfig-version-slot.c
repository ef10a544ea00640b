// Per-kernel-version statistics slots: the slot is chosen from the
// virtual __kconfig extern LINUX_KERNEL_VERSION, which libbpf sets from the
// running kernel's release into the frozen .kconfig map, so the kernel
// verifies only the branch this kernel takes.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64[2]);
} version_slots SEC(".maps");

SEC("tp/sched/sched_switch") int lb_kconfig_version_slot(void *ctx) {
  __u32 key = 0, slot = 7; // pre-5.8 layout, never verified on 5.8+
  __u64 *s = bpf_map_lookup_elem(&version_slots, &key);
  if (!s)
    return 0;
  if (LINUX_KERNEL_VERSION >= ((5 << 16) + (8 << 8)))
    slot = 1;
  s[slot] += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

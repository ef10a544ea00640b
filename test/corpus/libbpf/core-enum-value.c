// A scheduler tracer that compares a task state against a kernel enum
// value resolved by CO-RE (bpf_core_enum_value), as code portable across
// kernels whose enums renumber does.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u64);
} clock_ids SEC(".maps");

SEC("tp/sched/sched_switch") int lb_core_enum_value(void *ctx) {
  __u32 key = bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_map_lookup_elem);
  __u64 *n = bpf_map_lookup_elem(&clock_ids, &key);
  if (n)
    *n += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Constant in-range key 2 into an array map, used unchecked. Unlike key 0
// (a zeroed stack slot), clang stores 2 from a register into a 4-byte slot,
// which the kernel does not track as a constant: the result may be NULL.
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} nc_subtotals SEC(".maps");

SEC("xdp") int nc_array_const_key_two(struct xdp_md *ctx) {
  __u32 key = 2;
  __u64 *total = bpf_map_lookup_elem(&nc_subtotals, &key);
  *total += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

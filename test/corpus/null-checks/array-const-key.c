// An array map looked up with the constant key 0: the kernel (6.14+) knows
// the element exists and returns a non-NULL map value, so no check is needed.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} nc_totals SEC(".maps");

SEC("xdp") int nc_array_const_key(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *total = bpf_map_lookup_elem(&nc_totals, &key);
  *total += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

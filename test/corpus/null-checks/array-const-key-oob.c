// Off-by-one constant key: index 4 of a 4-entry array does not exist, so the
// lookup may (and will) return NULL and the unchecked store is rejected.
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} nc_slots SEC(".maps");

SEC("xdp") int nc_array_const_key_oob(struct xdp_md *ctx) {
  __u32 key = 4;
  __u64 *slot = bpf_map_lookup_elem(&nc_slots, &key);
  *slot = 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

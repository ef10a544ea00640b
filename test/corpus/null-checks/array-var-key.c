// An array map looked up with a key from the packet context: the key is not
// a known constant, so the result may be NULL and must be checked; it is not.
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_per_queue SEC(".maps");

SEC("xdp") int nc_array_var_key(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index & 63;
  __u64 *v = bpf_map_lookup_elem(&nc_per_queue, &key);
  *v += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

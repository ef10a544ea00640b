// The lookup result is dereferenced without a NULL check: a hash map lookup
// may miss, so R0 is still map_value_or_null at the load.
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, __u64);
} nc_queue_bytes SEC(".maps");

SEC("xdp") int nc_lookup_unchecked(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index;
  __u64 *bytes = bpf_map_lookup_elem(&nc_queue_bytes, &key);
  *bytes += ctx->data_end - ctx->data;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Counts packets per protocol in a hash map; the lookup result is checked
// for NULL before the increment, so the kernel accepts it.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, __u64);
} nc_proto_counts SEC(".maps");

SEC("xdp") int nc_lookup_checked(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index;
  __u64 *count = bpf_map_lookup_elem(&nc_proto_counts, &key);
  if (count)
    __sync_fetch_and_add(count, 1);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// bpf_redirect_map given a hash map of ifindexes: the helper accepts only
// devmaps, cpumaps and xskmaps.
// Class: helper-args
// Kernel: reject: cannot pass map_type 1 into func bpf_redirect_map#51
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} ha_ifindex_by_queue SEC(".maps");

SEC("xdp") int ha_redirect_hash_map(struct xdp_md *ctx) {
  return bpf_redirect_map(&ha_ifindex_by_queue, ctx->rx_queue_index, XDP_PASS);
}

char LICENSE[] SEC("license") = "GPL";

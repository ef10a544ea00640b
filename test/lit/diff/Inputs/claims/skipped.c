// The kernel never verifies it: its map (key_size 0) cannot be created.
// OURS: df_claim_skipped accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __uint(key_size, 0);
  __uint(value_size, 8);
} df_bad_map SEC(".maps");

SEC("xdp") int df_claim_skipped(struct xdp_md *ctx) {
  __u32 k = 0;
  return bpf_map_lookup_elem(&df_bad_map, &k) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

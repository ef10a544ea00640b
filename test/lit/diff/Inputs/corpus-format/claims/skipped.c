// Its map cannot be created (key_size 0), so the kernel never verifies it.
// Class: claims
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __uint(key_size, 0);
  __uint(value_size, 8);
} cfmt_bad_map SEC(".maps");

SEC("xdp") int cfmt_skipped(struct xdp_md *ctx) {
  __u32 k = 0;
  return bpf_map_lookup_elem(&cfmt_bad_map, &k) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

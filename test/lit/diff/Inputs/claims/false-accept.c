// The kernel rejects it; the fake compiler claims we accept it.
// OURS: df_claim_false_accept accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} df_fa_map SEC(".maps");

SEC("xdp") int df_claim_false_accept(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&df_fa_map, &key);
  *v += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

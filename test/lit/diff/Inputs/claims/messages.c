// Two programs the kernel rejects alike; we reject one with the kernel's
// message and the other with another message.
// OURS: df_claim_match reject: R0 invalid mem access 'map_value_or_null'
// OURS: df_claim_differ reject: R1 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} df_msg_map SEC(".maps");

SEC("xdp") int df_claim_match(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&df_msg_map, &key);
  *v += 1;
  return XDP_PASS;
}

SEC("xdp") int df_claim_differ(struct xdp_md *ctx) {
  __u32 key = 1;
  __u64 *v = bpf_map_lookup_elem(&df_msg_map, &key);
  *v += 2;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Two lookups in two maps on the branches of a ternary: clang merges them
// into one call whose map argument differs by path, and one NULL check.
// The kernel checks the call once per path. Accepted.
// Class: compiler-shapes
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} cs_ingress_bytes SEC(".maps"), cs_egress_bytes SEC(".maps");

SEC("tc") int cs_merged_lookup_call(struct __sk_buff *skb) {
  __u32 key = skb->ifindex;
  __u64 *bytes = skb->ingress_ifindex
                     ? bpf_map_lookup_elem(&cs_ingress_bytes, &key)
                     : bpf_map_lookup_elem(&cs_egress_bytes, &key);
  if (!bytes)
    return 0;
  *bytes += skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

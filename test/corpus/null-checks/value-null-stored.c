// Reads a whole struct out of a map value into a local copy only when the
// lookup hit, defaulting to zeroes otherwise. Accepted.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct limits {
  __u32 max_pkts;
  __u32 max_bytes;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, struct limits);
} nc_limits SEC(".maps");

SEC("cgroup_skb/ingress") int nc_value_copied(struct __sk_buff *skb) {
  __u32 key = skb->ifindex;
  struct limits lim = {};
  struct limits *l = bpf_map_lookup_elem(&nc_limits, &key);
  if (l)
    lim = *l;
  return skb->len <= lim.max_bytes || lim.max_bytes == 0;
}

char LICENSE[] SEC("license") = "GPL";

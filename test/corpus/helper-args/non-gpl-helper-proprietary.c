// A socket filter with a proprietary license using only helpers that are
// not GPL-only (a map lookup). Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} ha_proto_seen SEC(".maps");

SEC("socket") int ha_non_gpl_helper(struct __sk_buff *skb) {
  __u32 key = skb->protocol;
  __u64 *seen = bpf_map_lookup_elem(&ha_proto_seen, &key);
  if (seen)
    __sync_fetch_and_add(seen, 1);
  return skb->len;
}

char LICENSE[] SEC("license") = "Proprietary";

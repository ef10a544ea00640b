// An atomic add through a lookup result that was never checked for NULL.
// Class: atomics
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, __u64);
} at_by_port SEC(".maps");

SEC("cgroup_skb/ingress") int at_unchecked_value(struct __sk_buff *skb) {
  __u32 port = skb->local_port;
  __u64 *hits = bpf_map_lookup_elem(&at_by_port, &port);
  __sync_fetch_and_add(hits, 1);
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

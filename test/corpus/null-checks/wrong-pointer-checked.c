// Two lookups; the second result is used but only the first one is checked
// (copy-and-paste bug), so the kernel rejects the store through the second.
// Class: null-checks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_rx SEC(".maps"), nc_tx SEC(".maps");

SEC("tc") int nc_wrong_pointer_checked(struct __sk_buff *skb) {
  __u32 key = skb->ifindex;
  __u64 *rx = bpf_map_lookup_elem(&nc_rx, &key);
  __u64 *tx = bpf_map_lookup_elem(&nc_tx, &key);
  if (!rx)
    return 0;
  *rx += 1;
  *tx += 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Two lookups in two maps, each result checked before its use, the second
// one only when the first hit. The kernel accepts it.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_in SEC(".maps"), nc_out SEC(".maps");

SEC("tc") int nc_both_checked(struct __sk_buff *skb) {
  __u32 key = skb->ifindex;
  __u64 *in = bpf_map_lookup_elem(&nc_in, &key);
  if (!in)
    return 0;
  __u64 *out = bpf_map_lookup_elem(&nc_out, &key);
  if (!out)
    return 0;
  *out = *in + skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

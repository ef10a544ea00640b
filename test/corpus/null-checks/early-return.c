// Guard-clause style: return early when the lookup misses, then update two
// fields of the value. The kernel accepts it.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow_stats {
  __u64 packets;
  __u64 bytes;
};

struct {
  __uint(type, BPF_MAP_TYPE_LRU_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, struct flow_stats);
} nc_flows SEC(".maps");

SEC("tc") int nc_early_return(struct __sk_buff *skb) {
  __u32 key = skb->hash;
  struct flow_stats *st = bpf_map_lookup_elem(&nc_flows, &key);
  if (!st)
    return 0;
  st->packets++;
  st->bytes += skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

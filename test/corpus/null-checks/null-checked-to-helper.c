// Same copy between maps as a snapshot, with the lookup checked first: the
// value pointer handed to bpf_map_update_elem is a valid map value.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} nc_live SEC(".maps"), nc_snapshot SEC(".maps");

SEC("tc") int nc_checked_to_helper(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 *cur = bpf_map_lookup_elem(&nc_live, &key);
  if (cur)
    bpf_map_update_elem(&nc_snapshot, &key, cur, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

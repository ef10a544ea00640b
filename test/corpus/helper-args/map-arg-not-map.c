// Passes the address of a map value instead of the map itself to
// bpf_map_update_elem (a confusion between the two lookups).
// Class: helper-args
// Kernel: reject: R1 type=map_value expected=map_ptr
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} ha_counters SEC(".maps");

SEC("tc") int ha_map_arg_not_map(struct __sk_buff *skb) {
  __u32 key = skb->mark;
  __u64 one = 1;
  __u64 *cur = bpf_map_lookup_elem(&ha_counters, &key);
  if (cur)
    bpf_map_update_elem(cur, &key, &one, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

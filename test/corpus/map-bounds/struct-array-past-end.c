// Array of 12-byte records indexed with a check against the wrong constant
// (the array holds 10, the check allows 12): records 10 and 11 are outside.
// Class: map-bounds
// Kernel: reject: invalid access to map value, value_size=120 off=140 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rule {
  __u32 port;
  __u32 hits;
  __u32 drops;
};

struct rules {
  struct rule r[10];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct rules);
} mb_rule_table SEC(".maps");

SEC("cgroup_skb/ingress") int mb_struct_array_past_end(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct rules *t = bpf_map_lookup_elem(&mb_rule_table, &zero);
  if (!t)
    return 1;
  __u32 i = skb->local_port % 16;
  if (i >= 12)
    return 1;
  t->r[i].drops++;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

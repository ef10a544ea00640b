// A map value holding an array of 12-byte records, indexed after a bounds
// check; the scaled offset stays inside the value. Accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec {
  __u32 port;
  __u32 hits;
  __u32 drops;
};

struct table {
  struct rec recs[10];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct table);
} mb_port_table SEC(".maps");

SEC("cgroup_skb/ingress") int mb_struct_array_index(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct table *t = bpf_map_lookup_elem(&mb_port_table, &zero);
  if (!t)
    return 1;
  __u32 i = skb->local_port % 16;
  if (i >= 10)
    return 1;
  t->recs[i].hits++;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

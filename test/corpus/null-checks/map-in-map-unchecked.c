// Map-in-map where the outer lookup is not checked: the inner map pointer
// may be NULL when it is passed to the second lookup.
// Class: null-checks
// Kernel: reject: R1 type=map_ptr_or_null expected=map_ptr
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct nc_inner_map {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u64);
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct nc_inner_map);
} nc_groups SEC(".maps");

SEC("tc") int nc_map_in_map_unchecked(struct __sk_buff *skb) {
  __u32 group = skb->mark & 3, slot = skb->queue_mapping & 7;
  void *inner = bpf_map_lookup_elem(&nc_groups, &group);
  __u64 *v = bpf_map_lookup_elem(inner, &slot);
  if (v)
    *v += skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Map-in-map: the outer lookup gives an inner map or NULL; both lookups are
// checked before the inner value is written. The kernel accepts it.
// Class: null-checks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct nc_inner {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u64);
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct nc_inner);
} nc_tenants SEC(".maps");

SEC("tc") int nc_map_in_map_checked(struct __sk_buff *skb) {
  __u32 tenant = skb->mark & 3, slot = skb->queue_mapping & 7;
  void *inner = bpf_map_lookup_elem(&nc_tenants, &tenant);
  if (!inner)
    return 0;
  __u64 *v = bpf_map_lookup_elem(inner, &slot);
  if (v)
    *v += skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// The index comes from the packet's mark and is never checked: the access
// offset into the map value is unbounded.
// Class: map-bounds
// Kernel: reject: R0 unbounded memory access, make sure to bounds check any such access
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
  __u64 slots[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist);
} mb_mark_hist SEC(".maps");

SEC("tc") int mb_unbounded_index(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_mark_hist, &zero);
  if (!h)
    return 0;
  h->slots[skb->mark]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

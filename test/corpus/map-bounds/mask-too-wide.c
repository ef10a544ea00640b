// The mask is too wide: `& 31` allows 32 buckets, the value holds 16.
// Class: map-bounds
// Kernel: reject: invalid access to map value, value_size=128 off=248 size=8
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
} mb_prio_hist SEC(".maps");

SEC("tc") int mb_mask_too_wide(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_prio_hist, &zero);
  if (!h)
    return 0;
  h->slots[skb->priority & 31]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

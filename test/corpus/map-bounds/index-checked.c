// The bucket index is checked with `<`, unsigned: indexes 0..15 only.
// Accepted.
// Class: map-bounds
// Kernel: accept
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
} mb_size_hist SEC(".maps");

SEC("tc") int mb_index_checked(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_size_hist, &zero);
  if (!h)
    return 0;
  __u32 bucket = skb->len / 100;
  if (bucket < 16)
    h->slots[bucket]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

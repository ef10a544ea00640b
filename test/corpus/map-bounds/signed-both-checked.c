// A signed index checked on both sides (0 <= bucket < 16) before it is
// used. Accepted.
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
} mb_skew_hist SEC(".maps");

SEC("tc") int mb_signed_both_checked(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_skew_hist, &zero);
  if (!h)
    return 0;
  int bucket = (int)skb->mark - 8;
  if (bucket >= 0 && bucket < 16)
    h->slots[bucket]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

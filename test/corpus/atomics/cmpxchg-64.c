// A 64-bit compare-and-exchange loop keeping the maximum packet length
// seen (bounded retries). Accepted.
// Class: atomics
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct stats {
  __u64 packets;
  __u64 bytes;
  __u32 flags;
  __u32 errors;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct stats);
} at_max_len SEC(".maps");

SEC("tc") int at_cmpxchg_64(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_max_len, &zero);
  if (!s)
    return 0;
  __u64 len = skb->len;
  for (int i = 0; i < 4; i++) {
    __u64 cur = s->bytes;
    if (cur >= len)
      break;
    if (__sync_val_compare_and_swap(&s->bytes, cur, len) == cur)
      break;
  }
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

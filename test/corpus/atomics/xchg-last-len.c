// Swaps in the latest packet length and keeps the previous one with an
// atomic exchange (BPF_XCHG). Accepted.
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
} at_last_len SEC(".maps");

SEC("tc") int at_xchg_last_len(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_last_len, &zero);
  if (!s)
    return 0;
  __u64 prev = __sync_lock_test_and_set(&s->bytes, skb->len);
  return prev > skb->len;
}

char LICENSE[] SEC("license") = "GPL";

// Claims a slot once with compare-and-exchange: the first packet to swap
// 0 for its hash wins. Accepted.
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
} at_owner SEC(".maps");

SEC("tc") int at_cmpxchg_claim(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_owner, &zero);
  if (!s)
    return 0;
  __u32 old = __sync_val_compare_and_swap(&s->errors, 0, skb->hash | 1);
  return old == 0;
}

char LICENSE[] SEC("license") = "GPL";

// Sets, clears and toggles flag bits of a 32-bit field with atomic or, and
// and xor, one of them using the fetched value. Accepted.
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
} at_flag_words SEC(".maps");

SEC("tc") int at_bit_ops_32(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_flag_words, &zero);
  if (!s)
    return 0;
  __sync_fetch_and_or(&s->flags, 1u << (skb->mark & 7));
  __sync_fetch_and_and(&s->flags, ~0x100u);
  __u32 old = __sync_fetch_and_xor(&s->flags, 0x80);
  return old & 0x80 ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";

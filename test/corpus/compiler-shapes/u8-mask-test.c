// An unsigned char index checked with `< 64`: clang tests the top two bits
// (w2 & 0xc0) on a copy, then masks the index itself with 0x3f before the
// access. Accepted.
// Class: compiler-shapes
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
  __u64 slot[64];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist);
} cs_byte_hist SEC(".maps");

SEC("tc") int cs_u8_mask_test(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_byte_hist, &zero);
  if (!h)
    return 0;
  __u8 i = skb->mark;
  if (i < 64)
    h->slot[i]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

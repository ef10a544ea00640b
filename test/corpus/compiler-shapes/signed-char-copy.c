// A signed char index checked correctly (c >= 0 && c < 64), but clang
// sign-extends it twice: once in 32 bits for the check, once in 64 bits for
// the access. The check lands on a copy the access does not use.
// Class: compiler-shapes
// Kernel: reject: R0 min value is negative, either use unsigned index or do a if (index >=0) check.
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
} cs_char_hist SEC(".maps");

SEC("tc") int cs_signed_char_copy(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_char_hist, &zero);
  if (!h)
    return 0;
  signed char c = skb->mark;
  if (c >= 0 && c < 64)
    h->slot[c]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// A short index checked correctly (s >= 0 && s < 64), but clang
// sign-extends it twice: once for the check (w2 <<= 16; w2 s>>= 16, or in
// 64 bits at -mcpu=v2), once in 64 bits for the access. The check lands on
// a copy the access does not use; the plugin calls the rejection
// compiler-made (pattern extension-copy).
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
} cs_short_hist SEC(".maps");

SEC("tc") int cs_signed_short_copy(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_short_hist, &zero);
  if (!h)
    return 0;
  short s = skb->mark;
  if (s >= 0 && s < 64)
    h->slot[s]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

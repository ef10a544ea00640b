// The check `off + 8 > sizeof(slot)` is rewritten by clang into a wrapping
// range test on an offset copy (w2 = off - 505; if w2 < -513) that says
// nothing the kernel can carry back to the 64-bit offset of the store.
// Class: compiler-shapes
// Kernel: reject: R0 unbounded memory access, make sure to bounds check any such access
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
} cs_byte_slots SEC(".maps");

SEC("tc") int cs_sum_check_folded(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_byte_slots, &zero);
  if (!h)
    return 0;
  __u32 off = skb->mark;
  if (off + 8 > sizeof(h->slot))
    return 0;
  *(__u64 *)((char *)h->slot + off) = 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

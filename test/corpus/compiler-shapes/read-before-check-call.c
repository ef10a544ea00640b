// Reads the slot before checking the index, with a helper call in between:
// clang cannot move the read past the call, so it stays unchecked.
// Class: compiler-shapes
// Kernel: reject: R6 unbounded memory access, make sure to bounds check any such access
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
} cs_pinned_hist SEC(".maps");

SEC("tc") int cs_read_before_check_call(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_pinned_hist, &zero);
  if (!h)
    return 0;
  __u32 i = skb->mark;
  __u64 old = h->slot[i];
  bpf_printk("old %llu", old);
  if (i >= 64)
    return 0;
  h->slot[i] = old + 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Checks a truncated u8 copy of the index but indexes with the full u32
// (clang turns the check into a bit test on yet another copy): the index
// itself is never bounded.
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
} cs_trunc_hist SEC(".maps");

SEC("tc") int cs_truncated_copy_check(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_trunc_hist, &zero);
  if (!h)
    return 0;
  __u32 i = skb->mark;
  __u8 small = i;
  if (small < 64)
    h->slot[i]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// `i >= 4 && i < 20` becomes one unsigned test on a shifted copy
// (w2 = i - 4; if w2 > 15) and the access uses i itself: the kernel links
// the copy and its constant delta, so the bound carries over. Accepted.
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
} cs_window SEC(".maps");

SEC("tc") int cs_range_check_offset_copy(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_window, &zero);
  if (!h)
    return 0;
  __u32 i = skb->mark;
  if (i >= 4 && i < 20)
    h->slot[i]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

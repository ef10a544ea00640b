// A loop over the first n slots (n from the packet, capped at 64): clang
// strength-reduces the index into a pointer that walks the value. The
// kernel follows each iteration and every step stays inside. Accepted.
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
} cs_prefix_hist SEC(".maps");

SEC("tc") int cs_strength_reduced_loop(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_prefix_hist, &zero);
  if (!h)
    return 0;
  __u32 n = skb->mark;
  __u64 sum = 0;
  for (__u32 i = 0; i < n && i < 64; i++)
    sum += h->slot[i];
  return sum > 100;
}

char LICENSE[] SEC("license") = "GPL";

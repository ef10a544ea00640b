// An FNV-style hash chained over all 64 slots, fully unrolled by
// #pragma unroll into a long straight sequence of loads, multiplies and
// stores at constant offsets. Accepted.
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
} cs_hash_state SEC(".maps");

SEC("tc") int cs_unrolled_hash(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_hash_state, &zero);
  if (!h)
    return 0;
  __u64 x = skb->hash;
#pragma unroll
  for (int i = 0; i < 64; i++) {
    x = (x ^ h->slot[i]) * 1099511628211ULL;
    h->slot[i] = x;
  }
  return x & 1;
}

char LICENSE[] SEC("license") = "GPL";

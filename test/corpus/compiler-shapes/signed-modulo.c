// A bucket chosen with `mark % 64` on a signed int: signed remainder can be
// negative, and clang's sign fix-up makes the index range [-63, 63].
// Class: compiler-shapes
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
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
} cs_mod_buckets SEC(".maps");

SEC("tc") int cs_signed_modulo(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_mod_buckets, &zero);
  if (!h)
    return 0;
  int key = skb->mark;
  h->slot[key % 64]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

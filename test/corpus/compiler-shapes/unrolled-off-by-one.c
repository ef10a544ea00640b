// A loop over all slots written with `<=`: clang fully unrolls it into
// straight code and the last of the 65 loads is one slot past the value.
// Class: compiler-shapes
// Kernel: reject: invalid access to map value, value_size=512 off=512 size=8
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
} cs_sum_hist SEC(".maps");

SEC("tc") int cs_unrolled_off_by_one(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_sum_hist, &zero);
  if (!h)
    return 0;
  __u64 sum = 0;
  for (int i = 0; i <= 64; i++)
    sum += h->slot[i];
  return sum > 100;
}

char LICENSE[] SEC("license") = "GPL";

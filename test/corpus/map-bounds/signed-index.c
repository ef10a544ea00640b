// A signed index checked only against the upper bound: a negative index
// passes the check and would write before the start of the value.
// Class: map-bounds
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
  __u64 slots[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct hist);
} mb_delta_hist SEC(".maps");

SEC("tc") int mb_signed_index(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_delta_hist, &zero);
  if (!h)
    return 0;
  int bucket = (int)skb->mark - 8;
  if (bucket < 16)
    h->slots[bucket]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

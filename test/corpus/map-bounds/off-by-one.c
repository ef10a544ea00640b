// Off-by-one: the check `bucket <= 16` lets index 16 through, one slot past
// the end of the 16-slot array in the map value.
// Class: map-bounds
// Kernel: reject: invalid access to map value, value_size=128 off=128 size=8
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
} mb_latency_hist SEC(".maps");

SEC("tc") int mb_off_by_one(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&mb_latency_hist, &zero);
  if (!h)
    return 0;
  __u32 bucket = skb->len / 100;
  if (bucket <= 16)
    h->slots[bucket]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

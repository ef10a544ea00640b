// A 64-bit time slot compared as a 32-bit value, then used whole as the
// index: clang compares w1 and indexes with r1, whose upper half is unknown.
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
} cs_time_slots SEC(".maps");

SEC("tc") int cs_check_32_access_64(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_time_slots, &zero);
  if (!h)
    return 0;
  __u64 slot = ((__u64)skb->hash << 32) | skb->queue_mapping;
  if ((__u32)slot < 64)
    h->slot[slot]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

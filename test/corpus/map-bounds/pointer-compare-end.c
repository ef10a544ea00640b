// Bounds check written with pointers: slot < end, where end is one past
// the array in the map value. Clang turns it into an index comparison the
// kernel can use, so the access is accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct ring {
  __u64 entries[32];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct ring);
} mb_ring SEC(".maps");

SEC("tc") int mb_pointer_compare_end(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct ring *r = bpf_map_lookup_elem(&mb_ring, &zero);
  if (!r)
    return 0;
  __u64 *end = r->entries + 32;
  __u64 *slot = r->entries + skb->queue_mapping;
  if (slot < end)
    *slot = skb->tstamp;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

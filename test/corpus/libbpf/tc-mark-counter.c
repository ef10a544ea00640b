// A tc classifier written against vmlinux.h: skb->len and skb->mark are
// CO-RE reads of struct __sk_buff that libbpf relocates to the context
// offsets; the mark indexes a per-mark counter only after a bounds check
// on the same loaded value.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct counters {
  __u64 bytes[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct counters);
} by_mark SEC(".maps");

SEC("tc") int lb_tc_mark_counter(struct __sk_buff *skb) {
  __u32 key = 0;
  struct counters *c = bpf_map_lookup_elem(&by_mark, &key);
  __u32 mark = skb->mark;
  if (!c || mark >= 16)
    return 0; // TC_ACT_OK
  __sync_fetch_and_add(&c->bytes[mark], skb->len);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// The same counter with the mark read twice through vmlinux.h's CO-RE
// struct __sk_buff: clang loads skb->mark once for the check and again for
// the index, and the kernel sees an unchecked index.
// Class: libbpf
// Kernel: reject: R0 unbounded memory access, make sure to bounds check any such access
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
} by_mark_twice SEC(".maps");

SEC("tc") int lb_tc_mark_reloaded(struct __sk_buff *skb) {
  __u32 key = 0;
  struct counters *c = bpf_map_lookup_elem(&by_mark_twice, &key);
  if (c && skb->len > 100 && skb->mark < 16)
    c->bytes[skb->mark] += skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

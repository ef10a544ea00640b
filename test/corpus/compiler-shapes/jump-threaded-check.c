// The same bounds check written twice around a helper call; clang threads
// the second check into the first and keeps the slot pointer in a
// callee-saved register across the call. Accepted.
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
} cs_twice_hist SEC(".maps");

SEC("tc") int cs_jump_threaded_check(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_twice_hist, &zero);
  if (!h)
    return 0;
  __u32 i = skb->mark;
  __u64 x = 0;
  if (i < 64)
    x = h->slot[i];
  bpf_printk("slot %llu", x);
  if (i < 64)
    h->slot[i] = x + skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Reads the slot before checking the index. Reading out of bounds would be
// undefined, so clang moves the read below the check: the kernel only sees
// checked accesses. Accepted.
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
} cs_sunk_hist SEC(".maps");

SEC("tc") int cs_read_before_check_sunk(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct hist *h = bpf_map_lookup_elem(&cs_sunk_hist, &zero);
  if (!h)
    return 0;
  __u32 i = skb->mark;
  __u64 old = h->slot[i];
  if (i >= 64)
    return 0;
  h->slot[i] = old + 1;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

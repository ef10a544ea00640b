// A 64-bit atomic add on a field at offset 4 of a packed struct: atomic
// accesses must be naturally aligned.
// Class: atomics
// Kernel: reject: misaligned value access off 0+0+4 size 8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct tagged {
  __u32 tag;
  __u64 count;
} __attribute__((packed));

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct tagged);
} at_tagged SEC(".maps");

SEC("tc") int at_misaligned(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct tagged *t = bpf_map_lookup_elem(&at_tagged, &zero);
  if (!t)
    return 0;
  __sync_fetch_and_add((__u64 *)((char *)t + 4), 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

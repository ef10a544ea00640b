// Reads a u64 "just after" a 16-byte value through a cast, as if the struct
// had a third field: constant offset 16 is past the end of the value.
// Class: map-bounds
// Kernel: reject: invalid access to map value, value_size=16 off=16 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
  __u64 first;
  __u64 second;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 32);
  __type(key, __u32);
  __type(value, struct pair);
} mb_pairs SEC(".maps");

SEC("xdp") int mb_const_offset_past_end(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index;
  struct pair *p = bpf_map_lookup_elem(&mb_pairs, &key);
  if (!p)
    return XDP_PASS;
  __u64 third = *(__u64 *)((char *)p + sizeof(*p));
  return third ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// The last u32 field of a 12-byte value read as a u64: clang splits the
// under-aligned load into two u32 loads and the second, at offset 12, is
// past the end of the value.
// Class: map-bounds
// Kernel: reject: invalid access to map value, value_size=12 off=12 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct triple {
  __u32 a, b, c;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 32);
  __type(key, __u32);
  __type(value, struct triple);
} mb_triples SEC(".maps");

SEC("xdp") int mb_wide_read_tail(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index;
  struct triple *t = bpf_map_lookup_elem(&mb_triples, &key);
  if (!t)
    return XDP_PASS;
  __u64 tail = *(__u64 *)&t->c;
  return tail ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

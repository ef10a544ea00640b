// Shared packet and byte counters updated with atomic adds whose results
// are not used (BPF_ADD without BPF_FETCH). Accepted.
// Class: atomics
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct stats {
  __u64 packets;
  __u64 bytes;
  __u32 flags;
  __u32 errors;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct stats);
} at_totals SEC(".maps");

SEC("xdp") int at_add_map_value(struct xdp_md *ctx) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_totals, &zero);
  if (!s)
    return XDP_PASS;
  __sync_fetch_and_add(&s->packets, 1);
  __sync_fetch_and_add(&s->bytes, ctx->data_end - ctx->data);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

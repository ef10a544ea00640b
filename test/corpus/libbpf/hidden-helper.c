// A shared helper marked __hidden (hidden visibility), as libbpf-based
// projects write their internal global functions: libbpf makes it static,
// so the map value pointer the caller checked stays non-NULL inside.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct stats {
  __u64 packets;
  __u64 bytes;
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct stats);
} hidden_stats SEC(".maps");

__noinline __hidden void account(struct stats *s, __u64 len) {
  s->packets++;
  s->bytes += len;
}

SEC("xdp") int lb_hidden_helper(struct xdp_md *ctx) {
  __u32 key = 0;
  struct stats *s = bpf_map_lookup_elem(&hidden_stats, &key);
  if (s)
    account(s, ctx->data_end - ctx->data);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

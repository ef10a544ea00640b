// The same helper without __hidden: a global function with default
// visibility is verified once, on its own, where its pointer argument may
// be NULL whatever the caller checked.
// Class: libbpf
// Kernel: reject: R1 invalid mem access 'mem_or_null'
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
} visible_stats SEC(".maps");

__noinline int account_visible(struct stats *s, __u64 len) {
  s->packets++;
  s->bytes += len;
  return 0;
}

SEC("xdp") int lb_visible_helper(struct xdp_md *ctx) {
  __u32 key = 0;
  struct stats *s = bpf_map_lookup_elem(&visible_stats, &key);
  if (s)
    account_visible(s, ctx->data_end - ctx->data);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

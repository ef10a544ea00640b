// Reads and writes the last field of a 24-byte value, at constant offsets
// inside the value. Accepted.
// Class: map-bounds
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct session {
  __u64 started;
  __u64 packets;
  __u32 flags;
  __u32 last_len;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 32);
  __type(key, __u32);
  __type(value, struct session);
} mb_sessions SEC(".maps");

SEC("xdp") int mb_last_field(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index;
  struct session *s = bpf_map_lookup_elem(&mb_sessions, &key);
  if (!s)
    return XDP_PASS;
  s->packets++;
  s->last_len = ctx->data_end - ctx->data;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

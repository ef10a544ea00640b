// Per-CPU counters updated with atomic adds (harmless on per-CPU memory)
// and read back. Accepted.
// Class: atomics
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} at_percpu_drops SEC(".maps");

SEC("xdp") int at_percpu_value(struct xdp_md *ctx) {
  __u32 key = ctx->rx_queue_index & 3;
  __u64 *drops = bpf_map_lookup_elem(&at_percpu_drops, &key);
  if (!drops)
    return XDP_PASS;
  __u64 before = __sync_fetch_and_add(drops, 1);
  return before > 100 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

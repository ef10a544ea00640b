// Samples every 64th packet: the old counter value returned by the atomic
// add (BPF_ADD | BPF_FETCH) decides. Accepted.
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
} at_sampler SEC(".maps");

SEC("xdp") int at_fetch_add_sample(struct xdp_md *ctx) {
  __u32 zero = 0;
  struct stats *s = bpf_map_lookup_elem(&at_sampler, &zero);
  if (!s)
    return XDP_PASS;
  __u64 seq = __sync_fetch_and_add(&s->packets, 1);
  return (seq & 63) == 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

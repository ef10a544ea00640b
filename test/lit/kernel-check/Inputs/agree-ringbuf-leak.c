// Rejected: a reserved ring buffer record is neither submitted nor
// discarded.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} ring SEC(".maps");

SEC("xdp")
int xdp_ringbuf_leak(struct xdp_md *ctx) {
  long *slot = bpf_ringbuf_reserve(&ring, sizeof(long), 0);
  if (!slot)
    return XDP_PASS;
  *slot = ctx->ingress_ifindex;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

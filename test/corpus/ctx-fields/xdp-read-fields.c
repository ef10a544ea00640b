// An XDP program reading the queue and interface fields of xdp_md and
// computing the packet length from data/data_end. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cf_xdp_read_fields(struct xdp_md *ctx) {
  __u32 len = ctx->data_end - ctx->data;
  if (ctx->rx_queue_index == 0 && ctx->ingress_ifindex == 1)
    return len > 1500 ? XDP_DROP : XDP_PASS;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

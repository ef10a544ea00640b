// The same egress_ifindex read from a program for a devmap (xdp/devmap),
// where the field is defined. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp/devmap") int cf_xdp_devmap_egress(struct xdp_md *ctx) {
  return ctx->egress_ifindex == 2 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Reads xdp_md->egress_ifindex from a plain XDP program: the field is only
// readable by programs attached to a devmap (xdp/devmap).
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=20 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cf_xdp_egress_ifindex(struct xdp_md *ctx) {
  return ctx->egress_ifindex == 2 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

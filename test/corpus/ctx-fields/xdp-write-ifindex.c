// An XDP program trying to rewrite xdp_md->ingress_ifindex: xdp_md
// fields are read-only.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=12 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cf_xdp_write_ifindex(struct xdp_md *ctx) {
  if (ctx->ingress_ifindex == 3)
    ctx->ingress_ifindex = 4;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

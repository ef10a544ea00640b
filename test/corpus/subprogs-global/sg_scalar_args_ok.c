// A global function taking and returning scalars; it is verified once, for
// any argument values, and the caller only sees an unknown scalar back.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int sg_mix(__u32 a, __u32 b)
{
	return (a * 31) ^ (b >> 3);
}

SEC("xdp")
int sg_scalar_args_ok(struct xdp_md *ctx)
{
	return sg_mix(ctx->ingress_ifindex, ctx->rx_queue_index) & 1 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

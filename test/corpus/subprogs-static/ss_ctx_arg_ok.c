// A static subprogram receives the XDP context and does the bounds-checked
// parse itself; the caller only uses its scalar result.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

static __noinline int eth_proto(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return -1;
	return bpf_ntohs(eth->h_proto);
}

SEC("xdp")
int ss_ctx_arg_ok(struct xdp_md *ctx)
{
	int proto = eth_proto(ctx);

	if (proto < 0)
		return XDP_DROP;
	return proto == ETH_P_IPV6 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

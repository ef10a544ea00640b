// Pops a 4-byte tag with bpf_xdp_adjust_head, then writes through the
// Ethernet pointer computed before the call: the helper invalidated it.
// Class: packets
// Kernel: reject: R6 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_adjust_head_stale(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) + 4 > data_end)
		return XDP_PASS;
	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_DROP;
	eth->h_proto = 0;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

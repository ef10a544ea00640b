// Pops 4 bytes with bpf_xdp_adjust_head and reloads data/data_end before
// touching the packet again, with a fresh check.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_adjust_head_reload_ok(struct xdp_md *ctx)
{
	void *data, *data_end;
	struct ethhdr *eth;

	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_DROP;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	eth->h_proto = bpf_htons(ETH_P_IP);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

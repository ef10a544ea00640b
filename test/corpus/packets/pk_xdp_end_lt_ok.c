// The bound check written with data_end on the left ("end < p + n"); the
// kernel learns the range from either operand order.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_end_lt_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if (data_end < data + sizeof(*eth))
		return XDP_PASS;
	/* Drop frames sent from a broadcast source address. */
	if (eth->h_source[0] == 0xff && eth->h_source[5] == 0xff)
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

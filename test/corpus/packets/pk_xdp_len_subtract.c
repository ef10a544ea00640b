// Checks the length as "data_end - data < 14": the difference is a plain
// number to the kernel, so no packet range is learned and the read fails.
// Class: packets
// Kernel: reject: invalid access to packet, off=12 size=1, R2(id=0,off=12,r=0)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_len_subtract(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if (data_end - data < (long)sizeof(*eth))
		return XDP_PASS;
	return eth->h_proto == bpf_htons(ETH_P_IP) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

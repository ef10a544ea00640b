// The check is right but the access sits in the branch where the packet is
// too short.
// Class: packets
// Kernel: reject: invalid access to packet, off=12 size=1, R1(id=0,off=12,r=0)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_wrong_branch(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if (data + sizeof(*eth) > data_end) {
		if (eth->h_proto == bpf_htons(ETH_P_IP))
			return XDP_PASS;
		return XDP_DROP;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

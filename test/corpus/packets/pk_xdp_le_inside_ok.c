// Access inside the "p + n <= end" branch (the positive form of the check).
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_le_inside_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	int action = XDP_PASS;

	if ((void *)(eth + 1) <= data_end) {
		if (eth->h_proto == bpf_htons(ETH_P_ARP))
			action = XDP_DROP;
	}
	return action;
}

char LICENSE[] SEC("license") = "GPL";

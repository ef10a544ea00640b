// Reads the Ethernet type after the usual "p + n > end -> drop" check; the
// fall-through path has 14 verified bytes.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_gt_return_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if (data + sizeof(*eth) > data_end)
		return XDP_DROP;
	if (eth->h_proto == bpf_htons(ETH_P_IPV6))
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// A checked Ethernet header in the packet is passed to a global function
// taking "struct ethhdr *": a sized pointer argument may point into a packet.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__noinline int sg_is_arp(struct ethhdr *eth)
{
	if (!eth)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_ARP);
}

SEC("xdp")
int sg_pkt_arg_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	return sg_is_arp(eth) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Only 6 bytes of the packet are checked before it is passed as a 14-byte
// "struct ethhdr *" to a global function.
// Class: subprogs-global
// Kernel: reject: invalid access to packet, off=0 size=14, R1(id=0,off=0,r=6)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__noinline int sg_is_arp2(struct ethhdr *eth)
{
	if (!eth)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_ARP);
}

SEC("xdp")
int sg_pkt_arg_short(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	if (data + ETH_ALEN > data_end)
		return XDP_PASS;
	return sg_is_arp2(data) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

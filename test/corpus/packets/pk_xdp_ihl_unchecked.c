// Parses eth -> IPv4 -> TCP but checks the TCP header at the fixed offset 34
// while reading it at the IHL-based offset, which may be up to 40 bytes further.
// Class: packets
// Kernel: reject: invalid access to packet, off=16 size=2, R2(id=1,off=16,r=0)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_ihl_unchecked(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct tcphdr *tcp;

	if ((void *)(ip + 1) + sizeof(*tcp) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_TCP)
		return XDP_PASS;
	tcp = (void *)ip + ip->ihl * 4;
	return tcp->dest == bpf_htons(23) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

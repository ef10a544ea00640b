// Full parse eth -> IPv4 -> TCP with the IPv4 header length taken from IHL
// (a variable offset of 0..60 bytes), then a port read after its own check.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_eth_ip_tcp_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip;
	struct tcphdr *tcp;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_TCP || ip->ihl < 5)
		return XDP_PASS;
	tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	return tcp->dest == bpf_htons(23) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

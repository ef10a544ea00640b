// Checks the IPv4 header through one pointer but reads the TCP header through
// an IHL-based pointer that was never compared with data_end.
// Class: packets
// Kernel: reject: invalid access to packet, off=26 size=2, R2(id=1,off=26,r=0)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_check_other_ptr(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp;

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(ip + 1) + sizeof(*tcp) > data_end)
		return XDP_PASS;
	return tcp->syn ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

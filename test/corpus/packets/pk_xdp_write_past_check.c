// Rewrites the IPv4 TTL but only the Ethernet header was checked: the write
// lands beyond the verified range.
// Class: packets
// Kernel: reject: invalid access to packet, off=22 size=1, R1(id=0,off=22,r=14)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_write_past_check(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	ip->ttl = 64;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Packet pointers are passed to a static subprogram, which checks them and
// parses the IPv4 header; static calls may take packet pointers.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

static __noinline int ttl_of(void *data, void *data_end)
{
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return -1;
	return ip->ttl;
}

SEC("xdp")
int ss_pkt_ptr_args_ok(struct xdp_md *ctx)
{
	int ttl = ttl_of((void *)(long)ctx->data, (void *)(long)ctx->data_end);

	return ttl == 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// The Ethernet type is loaded (in C) before the bounds check; the optimizer
// sinks the load below the check, so the kernel sees a guarded access.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int pk_xdp_read_sunk_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u16 proto = eth->h_proto;

	if (data + sizeof(*eth) > data_end)
		return XDP_PASS;
	return proto == bpf_htons(ETH_P_IP) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

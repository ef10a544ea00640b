// Off by one: 14 bytes are checked, byte 14 (the first IP byte) is read.
// Class: packets
// Kernel: reject: invalid access to packet, off=14 size=1, R2(id=0,off=14,r=14)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_off_by_one(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;

	if (data + ETH_HLEN > data_end)
		return XDP_PASS;
	/* Version nibble of the IPv4 header. */
	if ((data[ETH_HLEN] >> 4) != 4)
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

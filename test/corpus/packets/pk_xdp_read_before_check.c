// The first byte decides the action before the bounds check is made; the
// branch on it keeps the load above the check.
// Class: packets
// Kernel: reject: invalid access to packet, off=0 size=1, R2(id=0,off=0,r=0)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_read_before_check(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;

	if (data[0] == 0xff)
		return XDP_DROP;
	if (data + 2 > data_end)
		return XDP_PASS;
	return data[1] == 0xff ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

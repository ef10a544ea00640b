// A 32-bit offset from the packet may be up to 4G, beyond the largest packet
// offset the kernel tracks: the later check gives no range and the read fails.
// Class: packets
// Kernel: reject: invalid access to packet, off=0 size=1, R1(id=1,off=0,r=0)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_var_off_u32_too_big(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	unsigned char *field;
	__u32 off;

	if (data + 4 > data_end)
		return XDP_PASS;
	off = *(__u32 *)data;
	field = data + off;
	if (field + 1 > data_end)
		return XDP_PASS;
	return *field ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

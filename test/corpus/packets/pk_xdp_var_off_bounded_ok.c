// A variable offset taken from the packet and masked to 0..63, then a bounds
// check on the resulting pointer: the kernel tracks the range per offset id.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_var_off_bounded_ok(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	unsigned char *field;
	__u32 off;

	if (data + 1 > data_end)
		return XDP_PASS;
	off = data[0] & 0x3f;
	field = data + off;
	if (field + 4 > data_end)
		return XDP_PASS;
	return field[3] == 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

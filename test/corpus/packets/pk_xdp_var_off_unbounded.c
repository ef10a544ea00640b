// A 64-bit offset read from the packet is added to the packet pointer with
// no bound at all: the kernel refuses the arithmetic itself.
// Class: packets
// Kernel: reject: math between pkt pointer and register with unbounded min value is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_var_off_unbounded(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	unsigned char *field;
	__u64 off;

	if (data + 8 > data_end)
		return XDP_PASS;
	off = *(__u64 *)data;
	field = data + off;
	if (field + 1 > data_end)
		return XDP_PASS;
	return *field ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

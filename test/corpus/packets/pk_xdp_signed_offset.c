// A signed byte from the packet used as an offset may be negative; the read
// before data is refused even after the end check.
// Class: packets
// Kernel: reject: R1 min value is negative, either use unsigned index or do a if (index >=0) check.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_signed_offset(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	unsigned char *field;

	if (data + 1 > data_end)
		return XDP_PASS;
	field = data + *(signed char *)data;
	if (field + 1 > data_end)
		return XDP_PASS;
	return *field ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

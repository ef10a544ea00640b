// Looks at a byte 70000 bytes into the frame: packet offsets above 0xffff
// never get a verified range, so the check does not help.
// Class: packets
// Kernel: reject: invalid access to packet, off=70000 size=1, R1(id=0,off=70000,r=0)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_const_off_too_far(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;

	if (data + 70001 > data_end)
		return XDP_PASS;
	return data[70000] ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// The metadata pointer is checked against data_end instead of data; that
// says nothing about the metadata area, so the read is refused.
// Class: packets
// Kernel: reject: invalid access to packet, off=0 size=4, R1(id=0,off=0,r=0)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_meta_against_end(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *meta = (void *)(long)ctx->data_meta;
	__u32 *mark = meta;

	if ((void *)(mark + 1) > data_end)
		return XDP_PASS;
	return *mark == 0xdead ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Grows the metadata area with bpf_xdp_adjust_meta, reloads the pointers and
// stores a mark for the tc layer.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_meta_adjust_ok(struct xdp_md *ctx)
{
	void *data, *meta;
	__u32 *mark;

	if (bpf_xdp_adjust_meta(ctx, -(int)sizeof(*mark)))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	meta = (void *)(long)ctx->data_meta;
	mark = meta;
	if ((void *)(mark + 1) > data)
		return XDP_PASS;
	*mark = 0x1234;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

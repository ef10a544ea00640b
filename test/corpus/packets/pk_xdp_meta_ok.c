// Reads a mark an earlier program left in the metadata area, after checking
// data_meta + 4 against data.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_meta_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *meta = (void *)(long)ctx->data_meta;
	__u32 *mark = meta;

	if ((void *)(mark + 1) > data)
		return XDP_PASS;
	return *mark == 0xdead ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

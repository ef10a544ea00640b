// "p + n >= end -> return" is stricter than needed: on the fall-through path
// at least n + 1 bytes exist, so reading n bytes is fine.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pk_xdp_ge_return_ok(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;

	if (data + 4 >= data_end)
		return XDP_PASS;
	return (data[0] ^ data[3]) == 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

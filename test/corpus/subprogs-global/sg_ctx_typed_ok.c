// A global function declared with "struct xdp_md *ctx": the kernel matches
// the context type by name and verifies the body with a real context.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int sg_frame_len(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	return data_end - data;
}

SEC("xdp")
int sg_ctx_typed_ok(struct xdp_md *ctx)
{
	return sg_frame_len(ctx) > 1500 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// A global function takes the context as "void *ctx" with no arg:ctx tag:
// the kernel cannot size the void pointee of an untagged pointer argument and
// refuses the call before looking at the body.
// Class: subprogs-global
// Kernel: reject: arg#0 reference type('UNKNOWN ') size cannot be determined: -22
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int sg_push_tag(void *ctx)
{
	return bpf_xdp_adjust_head(ctx, -4);
}

SEC("xdp")
int sg_ctx_void_untagged(struct xdp_md *ctx)
{
	return sg_push_tag(ctx) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

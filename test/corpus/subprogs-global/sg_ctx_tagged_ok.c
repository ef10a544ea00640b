// The same "void *ctx" global function, tagged arg:ctx (what libbpf's
// __arg_ctx expands to): the kernel verifies it with a real XDP context.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __tag_ctx __attribute__((btf_decl_tag("arg:ctx")))

__noinline int sg_push_tag2(void *ctx __tag_ctx)
{
	return bpf_xdp_adjust_head(ctx, -4);
}

SEC("xdp")
int sg_ctx_tagged_ok(struct xdp_md *ctx)
{
	return sg_push_tag2(ctx) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

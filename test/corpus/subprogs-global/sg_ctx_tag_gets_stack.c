// An arg:ctx parameter receives a pointer to a stack buffer instead of the
// program's context.
// Class: subprogs-global
// Kernel: reject: arg#0 expects pointer to ctx
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __tag_ctx __attribute__((btf_decl_tag("arg:ctx")))

__noinline int sg_len_of(void *ctx __tag_ctx)
{
	struct xdp_md *x = ctx;

	return x->data_end - x->data;
}

SEC("xdp")
int sg_ctx_tag_gets_stack(struct xdp_md *ctx)
{
	/* A fake context for a "what if" computation. */
	struct xdp_md what_if = { .data = 0, .data_end = 1500 };

	return sg_len_of(&what_if) > 100 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

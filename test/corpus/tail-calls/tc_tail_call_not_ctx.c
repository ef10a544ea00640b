// Passes a stack copy of the context fields instead of the context itself
// as the first argument of bpf_tail_call.
// Class: tail-calls
// Kernel: reject: R1 type=fp expected=ctx
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp5 SEC(".maps");

SEC("xdp")
int tc_tail_call_not_ctx(struct xdp_md *ctx)
{
	struct xdp_md copy = { .ingress_ifindex = ctx->ingress_ifindex };

	bpf_tail_call(&copy, &tc_jmp5, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

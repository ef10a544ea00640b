// XDP caller keeps a 320-byte copy of the headers live across a call to a
// static subprogram with its own 320-byte buffer: 640 bytes combined exceed
// the 512-byte stack limit even though each frame alone fits.
// Class: subprogs-static
// Kernel: reject: combined stack size of 2 calls is 640. Too large
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline int same_tail(struct xdp_md *ctx, const __u8 *head)
{
	__u8 tail[320];

	if (bpf_xdp_load_bytes(ctx, sizeof(tail), tail, sizeof(tail)))
		return 0;
	return tail[0] == head[0] && tail[319] == head[319];
}

SEC("xdp")
int ss_stack_combined_too_big(struct xdp_md *ctx)
{
	__u8 head[320];

	if (bpf_xdp_load_bytes(ctx, 0, head, sizeof(head)))
		return XDP_PASS;
	return same_tail(ctx, head) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

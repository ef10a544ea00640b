// Tests the alignment of the packet start with "data & 3": any bitwise
// operation on a pointer register is refused, even to produce a number.
// Class: insn-forms
// Kernel: reject: R3 bitwise operator &= on pointer prohibited
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int if_ptr_low_bits(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 *word = data;

	if ((long)data & 3)
		return XDP_PASS;
	if ((void *)(word + 1) > data_end)
		return XDP_PASS;
	return *word ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

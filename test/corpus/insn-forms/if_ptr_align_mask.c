// Aligns a packet pointer down to 4 bytes with a mask; clang widens the mask
// to 0x1fffffffc and the kernel refuses that constant in pointer math.
// Class: insn-forms
// Kernel: reject: math between pkt pointer and 8589934588 is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int if_ptr_align_mask(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 *word = (void *)(((long)data + 16) & ~3L);

	if ((void *)(word + 1) > data_end)
		return XDP_PASS;
	return *word ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

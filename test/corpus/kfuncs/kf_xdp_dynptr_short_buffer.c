// Asks for 16 bytes of the packet with an 8-byte stack buffer: the kfunc
// may copy the whole length into the buffer, so it must be that long.
// Class: kfuncs
// Kernel: reject: invalid read from stack R3 off -24+8 size 16
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
			      void *buffer__opt, __u32 buffer__szk) __ksym;

SEC("xdp")
int kf_xdp_dynptr_short_buffer(struct xdp_md *ctx)
{
	struct bpf_dynptr d;
	__u64 buf = 0;
	__u8 *hdr;

	bpf_dynptr_from_xdp(ctx, 0, &d);
	hdr = bpf_dynptr_slice(&d, 0, &buf, 16);
	if (!hdr)
		return XDP_PASS;
	return hdr[15] ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

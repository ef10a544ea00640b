// Reads the UDP ports behind a fixed IPv4 header in XDP without a buffer:
// the slice is NULL when the bytes are not contiguous, and the program
// passes such packets.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
			      void *buffer__opt, __u32 buffer__szk) __ksym;

struct kf_ports {
	__u16 src;
	__u16 dst;
};

SEC("xdp")
int kf_xdp_dynptr_ports_ok(struct xdp_md *ctx)
{
	struct bpf_dynptr d;
	struct kf_ports *p;

	if (bpf_dynptr_from_xdp(ctx, 0, &d))
		return XDP_PASS;
	p = bpf_dynptr_slice(&d, 14 + 20, NULL, sizeof(*p));
	if (!p)
		return XDP_PASS;
	return p->dst == bpf_htons(9) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

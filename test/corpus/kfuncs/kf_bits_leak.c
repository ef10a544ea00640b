// Leaves the bits iterator when the first set bit is found and returns
// without destroying it: the reference new acquired leaks.
// Class: kfuncs
// Kernel: reject: Unreleased reference id=2 alloc_insn=7
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_bits {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

extern int bpf_iter_bits_new(struct bpf_iter_bits *it, const __u64 *unsafe_ptr__ign,
			     __u32 nr_words) __ksym;
extern int *bpf_iter_bits_next(struct bpf_iter_bits *it) __ksym;
extern void bpf_iter_bits_destroy(struct bpf_iter_bits *it) __ksym;

SEC("xdp")
int kf_bits_leak(struct xdp_md *ctx)
{
	struct bpf_iter_bits it;
	__u64 word = ctx->ingress_ifindex;
	int *bit;

	bpf_iter_bits_new(&it, &word, 1);
	while ((bit = bpf_iter_bits_next(&it)))
		if (*bit > 3)
			return XDP_DROP;
	bpf_iter_bits_destroy(&it);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

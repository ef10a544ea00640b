// bpf_iter_num_next() on an iterator that bpf_iter_num_new() never set up:
// the stack slots hold no iterator.
// Class: kfuncs
// Kernel: reject: expected an initialized iter_num as arg #0
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("xdp")
int kf_iter_next_uninit(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	int *i, n = 0;

	while ((i = bpf_iter_num_next(&it)))
		n += *i;
	bpf_iter_num_destroy(&it);
	return n & 1 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

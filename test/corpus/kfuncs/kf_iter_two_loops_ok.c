// Two loops over one iterator variable, destroyed in between: the second
// bpf_iter_num_new() finds the slots free again.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("xdp")
int kf_iter_two_loops_ok(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	int *i, n = 0;

	bpf_iter_num_new(&it, 0, 4);
	while ((i = bpf_iter_num_next(&it)))
		n += *i;
	bpf_iter_num_destroy(&it);
	bpf_iter_num_new(&it, 0, 8);
	while ((i = bpf_iter_num_next(&it)))
		n -= *i;
	bpf_iter_num_destroy(&it);
	return n ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

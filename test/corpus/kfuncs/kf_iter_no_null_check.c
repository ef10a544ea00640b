// Reads the element without checking it for NULL: on the path where the
// iterator is exhausted, next returned NULL, a plain zero for the verifier.
// Class: kfuncs
// Kernel: reject: R0 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("xdp")
int kf_iter_no_null_check(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	int first;

	bpf_iter_num_new(&it, 0, 4);
	first = *bpf_iter_num_next(&it);
	bpf_iter_num_destroy(&it);
	return first ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

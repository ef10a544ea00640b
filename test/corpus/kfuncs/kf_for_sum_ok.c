// A bpf_for loop over a million numbers: the kernel does not unroll it, it
// verifies the body until the state at the iterator's next call repeats.
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

/* bpf_for as libbpf defines it: the element is checked against the range
 * again, so the verifier knows its bounds. */
#define bpf_for(i, start, end)                                              \
	for (struct bpf_iter_num ___it __attribute__((aligned(8),          \
			cleanup(bpf_iter_num_destroy))),                    \
	     *___p __attribute__((unused)) =                                \
		(bpf_iter_num_new(&___it, (start), (end)),                  \
		 (void)bpf_iter_num_destroy, (void *)0);                    \
	     ({                                                             \
		int *___t = bpf_iter_num_next(&___it);                      \
		(___t && ((i) = *___t, (i) >= (start) && (i) < (end)));     \
	     });)

SEC("xdp")
int kf_for_sum_ok(struct xdp_md *ctx)
{
	__u64 sum = 0;
	int i;

	bpf_for(i, 0, 1000000)
		sum += i;
	return XDP_DROP + (sum & 1);
}

char LICENSE[] SEC("license") = "GPL";

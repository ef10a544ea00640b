// Calling any kfunc requires a GPL-compatible license.
// Class: kfuncs
// Kernel: reject: cannot call kernel function from non-GPL compatible program
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
int kf_iter_non_gpl(struct xdp_md *ctx)
{
	int i, n = 0;

	bpf_for(i, 0, 8)
		n += i;
	return n & 1 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "Proprietary";

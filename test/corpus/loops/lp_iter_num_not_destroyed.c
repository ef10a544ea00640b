// The numeric iterator is never destroyed: an iterator is a resource the
// program must release before it exits.
// Class: loops
// Kernel: reject: Unreleased reference id=1 alloc_insn=6
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct lp_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct lp_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct lp_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct lp_iter_num *it) __ksym;

SEC("tracepoint/syscalls/sys_enter_read")
int lp_iter_num_not_destroyed(void *ctx)
{
	struct lp_iter_num it;
	__u64 sum = 0;
	int *v;

	bpf_iter_num_new(&it, 0, 64);
	while ((v = bpf_iter_num_next(&it)))
		sum += *v;
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

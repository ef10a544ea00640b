// An iterator is a reference: the early return inside the loop leaves
// without bpf_iter_num_destroy(), and the kernel reports the iterator the
// first bpf_iter_num_new() acquired.
// Class: kfuncs
// Kernel: reject: Unreleased reference id=1 alloc_insn=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("kprobe/do_nanosleep")
int kf_iter_leak_on_break(void *ctx)
{
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, 0, 64);
	while ((i = bpf_iter_num_next(&it))) {
		if ((bpf_get_prandom_u32() & 7) == *i)
			return 1;
	}
	bpf_iter_num_destroy(&it);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

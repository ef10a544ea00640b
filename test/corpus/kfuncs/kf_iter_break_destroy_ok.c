// Stops iterating at the first match and destroys the iterator after the
// loop, on both the break and the exhausted path.
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

SEC("kprobe/do_nanosleep")
int kf_iter_break_destroy_ok(void *ctx)
{
	struct bpf_iter_num it;
	__u32 want = bpf_get_prandom_u32() & 31;
	int *i, found = -1;

	bpf_iter_num_new(&it, 0, 32);
	while ((i = bpf_iter_num_next(&it))) {
		if (*i == want) {
			found = *i;
			break;
		}
	}
	bpf_iter_num_destroy(&it);
	return found;
}

char LICENSE[] SEC("license") = "GPL";

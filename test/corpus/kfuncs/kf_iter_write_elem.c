// The element next returns is read-only memory: skipping ahead by writing
// to it is refused.
// Class: kfuncs
// Kernel: reject: R0 cannot write into rdonly_mem
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("tc")
int kf_iter_write_elem(struct __sk_buff *skb)
{
	struct bpf_iter_num it;
	int *i, n = 0;

	bpf_iter_num_new(&it, 0, 10);
	while ((i = bpf_iter_num_next(&it))) {
		n++;
		if (*i == 3)
			*i = 8;
	}
	bpf_iter_num_destroy(&it);
	return n;
}

char LICENSE[] SEC("license") = "GPL";

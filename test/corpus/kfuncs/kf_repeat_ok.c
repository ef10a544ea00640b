// bpf_repeat(n): a loop that runs at most n times, the element unused.
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

#define bpf_repeat(n)                                                       	for (struct bpf_iter_num ___it __attribute__((aligned(8),          			cleanup(bpf_iter_num_destroy))),                    	     *___p __attribute__((unused)) =                                		(bpf_iter_num_new(&___it, 0, (n)),                          		 (void)bpf_iter_num_destroy, (void *)0);                    	     bpf_iter_num_next(&___it);)

SEC("tc")
int kf_repeat_ok(struct __sk_buff *skb)
{
	__u32 seed = 0;

	bpf_repeat(16)
		seed = seed * 31 + bpf_get_prandom_u32();
	return seed & 1;
}

char LICENSE[] SEC("license") = "GPL";

// Writes through the element the bits iterator returns: next returns a
// pointer to the iterator's own read-only copy of the bit index.
// Class: kfuncs
// Kernel: reject: R0 cannot write into rdonly_mem
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_bits {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

extern int bpf_iter_bits_new(struct bpf_iter_bits *it, const __u64 *unsafe_ptr__ign,
			     __u32 nr_words) __ksym;
extern int *bpf_iter_bits_next(struct bpf_iter_bits *it) __ksym;
extern void bpf_iter_bits_destroy(struct bpf_iter_bits *it) __ksym;

SEC("xdp")
int kf_bits_write_element(struct xdp_md *ctx)
{
	struct bpf_iter_bits it;
	__u64 word = 0x5a;
	int *bit, n = 0;

	bpf_iter_bits_new(&it, &word, 1);
	while ((bit = bpf_iter_bits_next(&it))) {
		*bit = 0;
		n++;
	}
	bpf_iter_bits_destroy(&it);
	return n ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

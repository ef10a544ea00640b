// Counts the bits set in a map value with the bits iterator: each element
// next returns is checked for NULL, read, and the iterator is destroyed.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_bits {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

extern int bpf_iter_bits_new(struct bpf_iter_bits *it, const __u64 *unsafe_ptr__ign,
			     __u32 nr_words) __ksym;
extern int *bpf_iter_bits_next(struct bpf_iter_bits *it) __ksym;
extern void bpf_iter_bits_destroy(struct bpf_iter_bits *it) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[4]);
} masks SEC(".maps");

SEC("xdp")
int kf_bits_count_ok(struct xdp_md *ctx)
{
	struct bpf_iter_bits it;
	__u32 key = 0;
	__u64 *words = bpf_map_lookup_elem(&masks, &key);
	int *bit, highest = -1;

	if (!words)
		return XDP_PASS;
	bpf_iter_bits_new(&it, words, 4);
	while ((bit = bpf_iter_bits_next(&it)))
		highest = *bit;
	bpf_iter_bits_destroy(&it);
	return highest >= 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

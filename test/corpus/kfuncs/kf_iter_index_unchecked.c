// The element bpf_iter_num_next() returns is any int as far as the
// verifier knows, whatever range the iterator was created with: used as an
// index without a check it has no lower bound.
// Class: kfuncs
// Kernel: reject: math between map_value pointer and register with unbounded min value is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[16]);
} kf_hist2 SEC(".maps");

SEC("tc")
int kf_iter_index_unchecked(struct __sk_buff *skb)
{
	__u32 key = 0;
	__u64 *slots = bpf_map_lookup_elem(&kf_hist2, &key), total = 0;
	struct bpf_iter_num it;
	int *i;

	if (!slots)
		return 0;
	bpf_iter_num_new(&it, 0, 16);
	while ((i = bpf_iter_num_next(&it)))
		total += slots[*i];
	bpf_iter_num_destroy(&it);
	return total > 100;
}

char LICENSE[] SEC("license") = "GPL";

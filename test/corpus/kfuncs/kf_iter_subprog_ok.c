// The loop lives in a static function that gets the array and the range
// as arguments; the iterator is on that function's stack, and each element
// is checked before it is used as an index.
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

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[16]);
} kf_slots SEC(".maps");

static __attribute__((noinline)) void kf_clear(__u64 *slots, int from, int to)
{
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, from, to);
	while ((i = bpf_iter_num_next(&it)))
		if (*i >= 0 && *i < 16)
			slots[*i] = 0;
	bpf_iter_num_destroy(&it);
}

SEC("xdp")
int kf_iter_subprog_ok(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *slots = bpf_map_lookup_elem(&kf_slots, &key);

	if (slots)
		kf_clear(slots, 4, 12);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

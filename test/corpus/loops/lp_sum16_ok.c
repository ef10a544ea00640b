// Sums 16 counters of a map value in a rolled loop the kernel simulates
// iteration by iteration.
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hist {
	__u64 bucket[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct hist);
} lp_hist1 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_sum16_ok(void *ctx)
{
	__u32 key = 0;
	struct hist *h = bpf_map_lookup_elem(&lp_hist1, &key);
	__u64 total = 0;

	if (!h)
		return 0;
#pragma clang loop unroll(disable)
	for (int i = 0; i < 16; i++)
		total += h->bucket[i];
	return total > 1000;
}

char LICENSE[] SEC("license") = "GPL";

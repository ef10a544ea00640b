// Loops to an unknown 32-bit bound, masking the index for every access:
// each access is safe, but the kernel simulates iteration after iteration
// (the counter differs every time) until the 1M-instruction limit.
// Class: loops
// Kernel: reject: BPF program is too large. Processed 1000001 insn
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct table {
	__u32 v[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} lp_tab SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_unknown_bound_masked(void *ctx)
{
	__u32 key = 0, n = bpf_get_prandom_u32(), sum = 0;
	struct table *t = bpf_map_lookup_elem(&lp_tab, &key);

	if (!t)
		return 0;
	for (__u32 i = 0; i < n; i++)
		sum += t->v[i & 15];
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

// The loop bound comes from a map but is clamped to 16 before the loop, so
// every index stays inside the array.
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct cfg {
	__u32 n;
	__u32 w[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct cfg);
} lp_cfg1 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_var_bound_clamped_ok(void *ctx)
{
	__u32 key = 0, n, sum = 0;
	struct cfg *c = bpf_map_lookup_elem(&lp_cfg1, &key);

	if (!c)
		return 0;
	n = c->n;
	if (n > 16)
		n = 16;
	for (__u32 i = 0; i < n; i++)
		sum += c->w[i];
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

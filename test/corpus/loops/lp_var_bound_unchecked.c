// The loop bound comes straight from the map with no clamp: the kernel walks
// the iterations until the index leaves the 16-entry array.
// Class: loops
// Kernel: reject: invalid access to map value, value_size=68 off=68 size=4
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
} lp_cfg2 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_var_bound_unchecked(void *ctx)
{
	__u32 key = 0, n, sum = 0;
	struct cfg *c = bpf_map_lookup_elem(&lp_cfg2, &key);

	if (!c)
		return 0;
	n = c->n;
	for (__u32 i = 0; i < n; i++)
		sum += c->w[i];
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

// Two nested 8-iteration loops over an 8x8 matrix in a map value (64 inner
// iterations simulated).
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct mat {
	__u32 m[8][8];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct mat);
} lp_mat SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_nested_ok(void *ctx)
{
	__u32 key = 0, trace = 0;
	struct mat *m = bpf_map_lookup_elem(&lp_mat, &key);

	if (!m)
		return 0;
#pragma clang loop unroll(disable)
	for (int i = 0; i < 8; i++)
#pragma clang loop unroll(disable)
		for (int j = 0; j < 8; j++)
			if (i == j)
				trace += m->m[i][j];
	return trace & 1;
}

char LICENSE[] SEC("license") = "GPL";

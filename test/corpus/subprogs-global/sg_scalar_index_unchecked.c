// A global function uses its scalar argument as an array index without a
// check; the caller masks it, but a global function is verified for any value.
// Class: subprogs-global
// Kernel: reject: R0 unbounded memory access, make sure to bounds check any such access
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct table {
	__u32 v[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} sg_tab1 SEC(".maps");

__noinline __u32 sg_get(__u32 i)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&sg_tab1, &key);

	if (!t)
		return 0;
	return t->v[i];
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_scalar_index_unchecked(void *ctx)
{
	return sg_get(bpf_get_prandom_u32() & 3);
}

char LICENSE[] SEC("license") = "GPL";

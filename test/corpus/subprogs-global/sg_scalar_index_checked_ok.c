// The global function bounds its scalar index itself before using it.
// Class: subprogs-global
// Kernel: accept
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
} sg_tab2 SEC(".maps");

__noinline __u32 sg_get2(__u32 i)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&sg_tab2, &key);

	if (!t || i >= 4)
		return 0;
	return t->v[i];
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_scalar_index_checked_ok(void *ctx)
{
	return sg_get2(bpf_get_prandom_u32());
}

char LICENSE[] SEC("license") = "GPL";

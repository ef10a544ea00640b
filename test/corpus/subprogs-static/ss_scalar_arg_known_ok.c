// A static subprogram indexes an array with its scalar argument and no check
// of its own: the kernel verifies it with the caller's value (always 0..3).
// Class: subprogs-static
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
} ss_tab1 SEC(".maps");

static __noinline __u32 get(struct table *t, __u32 i)
{
	return t->v[i];
}

SEC("tracepoint/syscalls/sys_enter_write")
int ss_scalar_arg_known_ok(void *ctx)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&ss_tab1, &key);

	if (!t)
		return 0;
	return get(t, bpf_get_prandom_u32() & 3);
}

char LICENSE[] SEC("license") = "GPL";

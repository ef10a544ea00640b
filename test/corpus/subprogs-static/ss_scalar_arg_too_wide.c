// Same shape as an accepted program, but the caller masks the index to 0..7
// for a 4-entry table: the callee's unchecked access can leave the value.
// Class: subprogs-static
// Kernel: reject: invalid access to map value, value_size=16 off=28 size=4
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
} ss_tab2 SEC(".maps");

static __noinline __u32 get(struct table *t, __u32 i)
{
	return t->v[i];
}

SEC("tracepoint/syscalls/sys_enter_write")
int ss_scalar_arg_too_wide(void *ctx)
{
	__u32 key = 0;
	struct table *t = bpf_map_lookup_elem(&ss_tab2, &key);

	if (!t)
		return 0;
	return get(t, bpf_get_prandom_u32() & 7);
}

char LICENSE[] SEC("license") = "GPL";

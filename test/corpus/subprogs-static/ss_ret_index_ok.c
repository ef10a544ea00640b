// A static subprogram returns a slot number already reduced to 0..7; the
// kernel follows the callee and knows the returned bounds.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct slots {
	__u64 v[8];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct slots);
} ss_slots1 SEC(".maps");

static __noinline __u32 pick_slot(__u32 seed)
{
	return (seed * 2654435761u) >> 29;
}

SEC("tracepoint/syscalls/sys_enter_read")
int ss_ret_index_ok(void *ctx)
{
	__u32 key = 0;
	struct slots *s = bpf_map_lookup_elem(&ss_slots1, &key);

	if (!s)
		return 0;
	s->v[pick_slot(bpf_get_prandom_u32())]++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

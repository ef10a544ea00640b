// The slot number the static subprogram returns is masked to 0..15, but the
// array has 8 slots: the callee's bounds reach the caller and the access can
// run past the value.
// Class: subprogs-static
// Kernel: reject: invalid access to map value, value_size=64 off=120 size=8
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
} ss_slots2 SEC(".maps");

static __noinline __u32 pick_slot(__u32 seed)
{
	return seed & 15;
}

SEC("tracepoint/syscalls/sys_enter_read")
int ss_ret_index_unbounded(void *ctx)
{
	__u32 key = 0;
	struct slots *s = bpf_map_lookup_elem(&ss_slots2, &key);

	if (!s)
		return 0;
	s->v[pick_slot(bpf_get_prandom_u32())]++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Passes a map value directly as the bpf_loop callback context; the helper
// only takes a pointer to the caller's stack (or NULL) there.
// Class: callbacks
// Kernel: reject: R3 type=map_value expected=fp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct slots {
	__u32 used[32];
	__u32 first_free;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct slots);
} cb_slots SEC(".maps");

static int find_free(__u32 i, void *data)
{
	struct slots *s = data;

	if (i >= 32)
		return 1;
	if (!s->used[i]) {
		s->first_free = i;
		return 1;
	}
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_ctx_map_value(void *ctx)
{
	__u32 key = 0;
	struct slots *s = bpf_map_lookup_elem(&cb_slots, &key);

	if (!s)
		return 0;
	bpf_loop(32, find_free, s, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

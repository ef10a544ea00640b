// The callback indexes the map value with its loop counter without a bound:
// inside the callback the counter is any u32, whatever nr_loops says.
// Class: callbacks
// Kernel: reject: R4 unbounded memory access, make sure to bounds check any such access
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
} cb_slots2 SEC(".maps");

struct scan {
	struct slots *s;
};

static int find_free(__u32 i, void *data)
{
	struct slots *s = ((struct scan *)data)->s;

	if (!s->used[i]) {
		s->first_free = i;
		return 1;
	}
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_index_unchecked(void *ctx)
{
	__u32 key = 0;
	struct scan sc = { bpf_map_lookup_elem(&cb_slots2, &key) };

	if (!sc.s)
		return 0;
	bpf_loop(32, find_free, &sc, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

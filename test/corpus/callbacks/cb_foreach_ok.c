// bpf_for_each_map_elem over an array with a callback whose key and value
// types match the map; sums the values into a stack context.
// Class: callbacks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} cb_arr1 SEC(".maps");

struct total {
	__u64 sum;
};

static long add_value(struct bpf_map *map, __u32 *key, __u64 *val, struct total *t)
{
	t->sum += *val;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_ok(void *ctx)
{
	struct total t = {};

	bpf_for_each_map_elem(&cb_arr1, add_value, &t, 0);
	return t.sum > 100;
}

char LICENSE[] SEC("license") = "GPL";

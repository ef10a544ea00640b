// The callback declares the value as a 16-byte struct but the map's values
// are 8 bytes; reading the second field runs past the value.
// Class: callbacks
// Kernel: reject: invalid access to map value, value_size=8 off=8 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} cb_arr2 SEC(".maps");

struct pair {
	__u64 count;
	__u64 bytes;
};

struct total {
	__u64 sum;
};

static long add_value(struct bpf_map *map, __u32 *key, struct pair *val, struct total *t)
{
	t->sum += val->count + val->bytes;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_value_too_big(void *ctx)
{
	struct total t = {};

	bpf_for_each_map_elem(&cb_arr2, add_value, &t, 0);
	return t.sum > 100;
}

char LICENSE[] SEC("license") = "GPL";

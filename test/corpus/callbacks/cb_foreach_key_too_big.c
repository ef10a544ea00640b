// The callback reads the key as a 64-bit value but the map's keys are 32-bit:
// the callback's prototype does not match the map.
// Class: callbacks
// Kernel: reject: invalid access to map key, key_size=4 off=0 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} cb_hash3 SEC(".maps");

static long max_key(struct bpf_map *map, __u64 *key, __u64 *val, __u64 *best)
{
	if (*key > *best)
		*best = *key;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_key_too_big(void *ctx)
{
	__u64 best = 0;

	bpf_for_each_map_elem(&cb_hash3, max_key, &best, 0);
	return best > 8;
}

char LICENSE[] SEC("license") = "GPL";

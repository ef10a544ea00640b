// The for-each callback writes through its key pointer; map keys passed to
// the callback are read-only.
// Class: callbacks
// Kernel: reject: write to change key R2 not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} cb_hash1 SEC(".maps");

static long reset(struct bpf_map *map, __u32 *key, __u64 *val, void *ctx)
{
	*val = 0;
	*key = 0;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_write_key(void *ctx)
{
	bpf_for_each_map_elem(&cb_hash1, reset, NULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

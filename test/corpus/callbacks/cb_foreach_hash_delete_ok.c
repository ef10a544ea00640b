// Iterates a hash map and deletes stale entries from inside the callback,
// which the helper allows for the map being walked.
// Class: callbacks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} cb_hash2 SEC(".maps");

static long expire(struct bpf_map *map, __u32 *key, __u64 *last_seen, __u64 *now)
{
	if (*now - *last_seen > 1000000000ULL)
		bpf_map_delete_elem(map, key);
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_hash_delete_ok(void *ctx)
{
	__u64 now = bpf_ktime_get_ns();

	bpf_for_each_map_elem(&cb_hash2, expire, &now, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

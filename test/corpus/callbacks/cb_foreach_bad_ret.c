// The for-each callback returns -1 to mean "error"; the helper only accepts
// 0 (continue) or 1 (stop).
// Class: callbacks
// Kernel: reject: At callback return the register R0 has smin=-1 smax=-1 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} cb_arr3 SEC(".maps");

static long check_value(struct bpf_map *map, __u32 *key, __u64 *val, void *ctx)
{
	if (*val > 1000)
		return -1;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_bad_ret(void *ctx)
{
	bpf_for_each_map_elem(&cb_arr3, check_value, NULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

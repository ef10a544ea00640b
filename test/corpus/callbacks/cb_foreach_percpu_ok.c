// Walks a per-CPU array; the callback sees this CPU's value and stops early
// once the sum passes a threshold.
// Class: callbacks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} cb_pcpu SEC(".maps");

static long add_until(struct bpf_map *map, __u32 *key, __u64 *val, __u64 *sum)
{
	*sum += *val;
	return *sum > 1000 ? 1 : 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_percpu_ok(void *ctx)
{
	__u64 sum = 0;

	bpf_for_each_map_elem(&cb_pcpu, add_until, &sum, 0);
	return sum > 1000;
}

char LICENSE[] SEC("license") = "GPL";

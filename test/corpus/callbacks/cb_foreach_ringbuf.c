// bpf_for_each_map_elem on a ring buffer: ring buffers have no elements to
// iterate and the helper refuses that map type.
// Class: callbacks
// Kernel: reject: callback function not allowed for map
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} cb_rb SEC(".maps");

static long visit(struct bpf_map *map, __u32 *key, __u64 *val, void *ctx)
{
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_foreach_ringbuf(void *ctx)
{
	bpf_for_each_map_elem(&cb_rb, visit, NULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

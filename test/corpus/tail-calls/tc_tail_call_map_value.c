// Looks up a slot in a config map and passes the map value pointer (not the
// map) as the tail-call table.
// Class: tail-calls
// Kernel: reject: R2 type=map_value expected=map_ptr
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} tc_cfg SEC(".maps");

SEC("xdp")
int tc_tail_call_map_value(struct xdp_md *ctx)
{
	__u32 key = 0;
	void *table = bpf_map_lookup_elem(&tc_cfg, &key);

	if (!table)
		return XDP_PASS;
	bpf_tail_call(ctx, table, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

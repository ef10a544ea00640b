// Passes a hash map of program ids to bpf_tail_call; only a
// BPF_MAP_TYPE_PROG_ARRAY can be a tail-call table.
// Class: tail-calls
// Kernel: reject: expected prog array map for tail call
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_progs_hash SEC(".maps");

SEC("xdp")
int tc_tail_call_hash_map(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &tc_progs_hash, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

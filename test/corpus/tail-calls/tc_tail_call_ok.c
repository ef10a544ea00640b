// Dispatches to a per-protocol XDP program through a prog array and falls
// back to XDP_PASS when the slot is empty.
// Class: tail-calls
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp1 SEC(".maps");

SEC("xdp")
int tc_tail_call_ok(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &tc_jmp1, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

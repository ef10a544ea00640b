// Submits the ring-buffer record before the tail call, so no reference is
// held when control may leave the program.
// Class: tail-calls
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp4 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} tc_events2 SEC(".maps");

SEC("xdp")
int tc_tail_call_submit_first_ok(struct xdp_md *ctx)
{
	__u32 *rec = bpf_ringbuf_reserve(&tc_events2, sizeof(*rec), 0);

	if (rec) {
		*rec = ctx->ingress_ifindex;
		bpf_ringbuf_submit(rec, 0);
	}
	bpf_tail_call(ctx, &tc_jmp4, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

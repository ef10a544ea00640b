// Tail-calls while a ring-buffer record is still reserved: the next program
// could never release it.
// Class: tail-calls
// Kernel: reject: Unreleased reference id=2 alloc_insn=5
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp3 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} tc_events SEC(".maps");

SEC("xdp")
int tc_tail_call_holding_ref(struct xdp_md *ctx)
{
	__u32 *rec = bpf_ringbuf_reserve(&tc_events, sizeof(*rec), 0);

	if (!rec)
		return XDP_PASS;
	*rec = ctx->ingress_ifindex;
	bpf_tail_call(ctx, &tc_jmp3, 0);
	bpf_ringbuf_submit(rec, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

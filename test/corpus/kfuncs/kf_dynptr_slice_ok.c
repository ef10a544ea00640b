// Writes the record in place through a slice of the dynptr: the slice may
// be NULL and is exactly as long as asked for.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} kf_events SEC(".maps");

struct kf_event {
	__u32 pid;
	__u32 len;
	__u64 ts;
};

SEC("xdp")
int kf_dynptr_slice_ok(struct xdp_md *ctx)
{
	struct bpf_dynptr d;
	struct kf_event *e;

	bpf_ringbuf_reserve_dynptr(&kf_events, sizeof(*e), 0, &d);
	e = bpf_dynptr_data(&d, 0, sizeof(*e));
	if (!e) {
		bpf_ringbuf_discard_dynptr(&d, 0);
		return XDP_PASS;
	}
	e->len = ctx->data_end - ctx->data;
	e->ts = bpf_ktime_get_ns();
	bpf_ringbuf_submit_dynptr(&d, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

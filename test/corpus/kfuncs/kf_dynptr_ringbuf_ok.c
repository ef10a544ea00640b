// Fills a ring buffer record through a dynptr and submits it; a failed
// reservation gives a NULL dynptr that must still be discarded.
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

SEC("tracepoint/syscalls/sys_enter_openat")
int kf_dynptr_ringbuf_ok(void *ctx)
{
	struct kf_event e = {};
	struct bpf_dynptr d;

	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.ts = bpf_ktime_get_ns();
	if (bpf_ringbuf_reserve_dynptr(&kf_events, sizeof(e), 0, &d)) {
		bpf_ringbuf_discard_dynptr(&d, 0);
		return 0;
	}
	bpf_dynptr_write(&d, 0, &e, sizeof(e), 0);
	bpf_ringbuf_submit_dynptr(&d, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

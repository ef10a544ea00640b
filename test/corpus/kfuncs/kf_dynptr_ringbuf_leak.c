// Returns early when the reservation fails, forgetting that
// bpf_ringbuf_reserve_dynptr() initialises the dynptr (as a NULL one) even
// then: it is still a reference to discard.
// Class: kfuncs
// Kernel: reject: Unreleased reference id=3 alloc_insn=12
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
int kf_dynptr_ringbuf_leak(void *ctx)
{
	struct kf_event e = {};
	struct bpf_dynptr d;

	e.pid = bpf_get_current_pid_tgid() >> 32;
	if (bpf_ringbuf_reserve_dynptr(&kf_events, sizeof(e), 0, &d))
		return 0;
	bpf_dynptr_write(&d, 0, &e, sizeof(e), 0);
	bpf_ringbuf_submit_dynptr(&d, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Clears a ring buffer dynptr with memset "to be safe": overwriting a
// dynptr that holds a reference is refused.
// Class: kfuncs
// Kernel: reject: cannot overwrite referenced dynptr
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
int kf_dynptr_overwrite(void *ctx)
{
	struct bpf_dynptr d;
	__u64 ts = bpf_ktime_get_ns();

	bpf_ringbuf_reserve_dynptr(&kf_events, sizeof(struct kf_event), 0, &d);
	bpf_dynptr_write(&d, 8, &ts, sizeof(ts), 0);
	__builtin_memset(&d, 0, sizeof(d));
	bpf_ringbuf_discard_dynptr(&d, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Reserves a ring-buffer record, fills it after the NULL check and submits
// it: the reference is released on every path.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 pid;
	__u64 ts;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events1 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_submit_ok(void *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rf_events1, sizeof(*e), 0);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ts = bpf_ktime_get_ns();
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

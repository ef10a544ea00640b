// Updates a field of the record after submitting it; the submitted pointer
// is dead once the helper released it.
// Class: references
// Kernel: reject: R6 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 pid;
	__u32 done;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events5 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_use_after_submit(void *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rf_events5, sizeof(*e), 0);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_ringbuf_submit(e, 0);
	e->done = 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Reserves a record and either submits it or discards it (pid 0 is not
// interesting); both helpers release the reference.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events2 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_discard_ok(void *ctx)
{
	__u32 *pid = bpf_ringbuf_reserve(&rf_events2, sizeof(*pid), 0);

	if (!pid)
		return 0;
	*pid = bpf_get_current_pid_tgid() >> 32;
	if (*pid == 0)
		bpf_ringbuf_discard(pid, 0);
	else
		bpf_ringbuf_submit(pid, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Submits the same record twice, once inside a condition and once
// unconditionally: the second release has no reference left.
// Class: references
// Kernel: reject: R1 type=scalar expected=ringbuf_mem
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events6 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_double_submit(void *ctx)
{
	__u64 *v = bpf_ringbuf_reserve(&rf_events6, sizeof(*v), 0);

	if (!v)
		return 0;
	*v = bpf_get_current_pid_tgid();
	if ((*v >> 32) == 1)
		bpf_ringbuf_submit(v, BPF_RB_FORCE_WAKEUP);
	bpf_ringbuf_submit(v, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

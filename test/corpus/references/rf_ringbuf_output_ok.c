// bpf_ringbuf_output copies a stack record into the ring buffer; no
// reference is taken, nothing needs releasing.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events8 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_output_ok(void *ctx)
{
	struct {
		__u64 pid_tgid;
		__u64 ts;
	} rec = { bpf_get_current_pid_tgid(), bpf_ktime_get_ns() };

	bpf_ringbuf_output(&rf_events8, &rec, sizeof(rec), 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

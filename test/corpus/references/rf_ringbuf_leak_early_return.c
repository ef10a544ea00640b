// Returns early for pid 0 after reserving the record: that path exits while
// holding the ring-buffer reference.
// Class: references
// Kernel: reject: Unreleased reference id=3 alloc_insn=6
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events3 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_leak_early_return(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u32 *rec = bpf_ringbuf_reserve(&rf_events3, sizeof(*rec), 0);

	if (!rec)
		return 0;
	if (pid == 0)
		return 0;
	*rec = pid;
	bpf_ringbuf_submit(rec, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

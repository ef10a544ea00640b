// Submits only in the then-branch; the else-branch forgets to discard, so
// that path leaks the record.
// Class: references
// Kernel: reject: Unreleased reference id=2 alloc_insn=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events10 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_submit_one_branch(void *ctx)
{
	__u64 *v = bpf_ringbuf_reserve(&rf_events10, sizeof(*v), 0);
	__u64 id;

	if (!v)
		return 0;
	id = bpf_get_current_pid_tgid();
	if (id >> 32) {
		*v = id;
		bpf_ringbuf_submit(v, 0);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

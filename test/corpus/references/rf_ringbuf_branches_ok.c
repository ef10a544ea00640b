// The reserved record crosses a branch: each side fills it differently and
// both join before the single submit.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 kind;
	__u32 val;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events9 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_branches_ok(void *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct event *e = bpf_ringbuf_reserve(&rf_events9, sizeof(*e), 0);

	if (!e)
		return 0;
	if (id >> 32 == (__u32)id) {
		e->kind = 1;
		e->val = id >> 32;
	} else {
		e->kind = 2;
		e->val = (__u32)id;
	}
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

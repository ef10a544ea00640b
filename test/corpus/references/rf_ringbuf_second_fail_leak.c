// Two reservations; when the second fails the first is not discarded, so
// that path exits holding it.
// Class: references
// Kernel: reject: Unreleased reference id=2 alloc_insn=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events14 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_second_fail_leak(void *ctx)
{
	__u64 *a, *b;

	a = bpf_ringbuf_reserve(&rf_events14, sizeof(*a), 0);
	if (!a)
		return 0;
	b = bpf_ringbuf_reserve(&rf_events14, sizeof(*b), 0);
	if (!b)
		return 0;
	*a = bpf_ktime_get_ns();
	*b = *a + 1;
	bpf_ringbuf_submit(a, 0);
	bpf_ringbuf_submit(b, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Holds two ring-buffer reservations at once and releases each of them on
// every path, including when the second reservation fails.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events13 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_two_records_ok(void *ctx)
{
	__u64 *a, *b;

	a = bpf_ringbuf_reserve(&rf_events13, sizeof(*a), 0);
	if (!a)
		return 0;
	b = bpf_ringbuf_reserve(&rf_events13, sizeof(*b), 0);
	if (!b) {
		bpf_ringbuf_discard(a, 0);
		return 0;
	}
	*a = bpf_ktime_get_ns();
	*b = *a + 1;
	bpf_ringbuf_submit(a, 0);
	bpf_ringbuf_submit(b, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

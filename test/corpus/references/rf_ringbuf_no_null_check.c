// Writes into the reserved record without checking it for NULL (the ring
// buffer may be full).
// Class: references
// Kernel: reject: R6 invalid mem access 'ringbuf_mem_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events4 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_no_null_check(void *ctx)
{
	__u64 *ts = bpf_ringbuf_reserve(&rf_events4, sizeof(*ts), 0);

	*ts = bpf_ktime_get_ns();
	bpf_ringbuf_submit(ts, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

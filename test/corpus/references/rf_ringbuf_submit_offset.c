// Submits a pointer into the middle of the record (past a header it filled)
// instead of the pointer the reservation returned.
// Class: references
// Kernel: reject: R1 must have zero offset when passed to release func or trusted arg to kfunc
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events11 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_submit_offset(void *ctx)
{
	__u64 *rec = bpf_ringbuf_reserve(&rf_events11, 2 * sizeof(*rec), 0);

	if (!rec)
		return 0;
	rec[0] = 1;
	rec[1] = bpf_ktime_get_ns();
	bpf_ringbuf_submit(rec + 1, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

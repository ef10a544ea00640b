// Writes a second 8-byte field into a record reserved with room for one:
// the reserved memory is exactly the requested size.
// Class: references
// Kernel: reject: invalid access to memory, mem_size=8 off=8 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events12 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_oob_write(void *ctx)
{
	__u64 *rec = bpf_ringbuf_reserve(&rf_events12, sizeof(*rec), 0);

	if (!rec)
		return 0;
	rec[0] = bpf_get_current_pid_tgid();
	rec[1] = bpf_ktime_get_ns();
	bpf_ringbuf_submit(rec, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

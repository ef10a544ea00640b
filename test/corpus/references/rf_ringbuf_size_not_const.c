// Reserves a record whose size depends on runtime data; bpf_ringbuf_reserve
// needs a size known at verification time.
// Class: references
// Kernel: reject: R2 is not a known constant'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rf_events7 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int rf_ringbuf_size_not_const(void *ctx)
{
	__u32 len = (bpf_get_prandom_u32() & 63) + 8;
	__u64 *rec = bpf_ringbuf_reserve(&rf_events7, len, 0);

	if (!rec)
		return 0;
	*rec = len;
	bpf_ringbuf_submit(rec, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

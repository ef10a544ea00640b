// The fill loop runs to 72 over a 64-byte stack buffer; the kernel follows
// the index up to the write that leaves the frame.
// Class: loops
// Kernel: reject: invalid write to stack R3 off=0 size=1
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} lp_out2 SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_stack_fill_overrun(void *ctx)
{
	volatile char buf[64];

#pragma clang loop unroll(disable)
	for (int i = 0; i < 72; i++)
		buf[i] = 'a';
	bpf_ringbuf_output(&lp_out2, (void *)buf, sizeof(buf), 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

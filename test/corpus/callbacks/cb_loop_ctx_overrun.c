// The caller passes an 8-byte counter as the callback context, but the
// callback treats it as a 16-byte struct and writes past it.
// Class: callbacks
// Kernel: reject: invalid write to stack R2 off=0 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct acc {
	__u64 sum;
	__u64 max;
};

static int track(__u32 i, void *data)
{
	struct acc *a = data;

	a->sum += i;
	a->max = i;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_ctx_overrun(void *ctx)
{
	__u64 sum = 0;

	bpf_loop(10, track, &sum, 0);
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

// bpf_loop with a static callback that accumulates into a context struct on
// the caller's stack and returns 0 (continue).
// Class: callbacks
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct acc {
	__u64 sum;
};

static int add_step(__u32 i, void *data)
{
	struct acc *a = data;

	a->sum += i * i;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_ok(void *ctx)
{
	struct acc a = {};

	bpf_loop(100, add_step, &a, 0);
	return a.sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

// The bpf_loop callback returns 2; bpf_loop callbacks must return 0
// (continue) or 1 (stop).
// Class: callbacks
// Kernel: reject: At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct acc {
	__u64 sum;
};

static int add_step(__u32 i, void *data)
{
	struct acc *a = data;

	a->sum += i;
	return a->sum > 1000 ? 2 : 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_bad_ret(void *ctx)
{
	struct acc a = {};

	bpf_loop(100, add_step, &a, 0);
	return a.sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

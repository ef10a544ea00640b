// Passes a flags value of 1 to bpf_loop. No flags are defined, but the
// verifier does not look: the helper returns -EINVAL at run time.
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

	a->sum += i;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_flags_nonzero_ok(void *ctx)
{
	struct acc a = {};

	bpf_loop(16, add_step, &a, 1);
	return a.sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

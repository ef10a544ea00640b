// nr_loops may be any runtime value (the helper caps it at 8M); the
// callback is verified once for all iterations.
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

	a->sum ^= (__u64)i << 3;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_var_count_ok(void *ctx)
{
	struct acc a = {};

	bpf_loop(bpf_get_prandom_u32(), add_step, &a, 0);
	return a.sum & 1;
}

char LICENSE[] SEC("license") = "GPL";

// A 1000-iteration hashing loop: about 10k simulated instructions, far
// below the 1M budget.
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_read")
int lp_1000_iter_ok(void *ctx)
{
	__u32 h = bpf_get_prandom_u32();

#pragma clang loop unroll(disable)
	for (int i = 0; i < 1000; i++)
		h = (h ^ i) * 16777619u;
	return h & 1;
}

char LICENSE[] SEC("license") = "GPL";

// A chain of four static subprograms (five frames including the entry),
// each adding its own step: well within the 8-frame limit.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline __u64 step4(__u64 x) { return x ^ (x >> 7); }
static __noinline __u64 step3(__u64 x) { return step4(x * 31) + 1; }
static __noinline __u64 step2(__u64 x) { return step3(x + 17) * 3; }
static __noinline __u64 step1(__u64 x) { return step2(x << 1) - 5; }

SEC("tracepoint/syscalls/sys_enter_write")
int ss_call_chain_ok(void *ctx)
{
	return step1(bpf_get_prandom_u32()) & 1;
}

char LICENSE[] SEC("license") = "GPL";

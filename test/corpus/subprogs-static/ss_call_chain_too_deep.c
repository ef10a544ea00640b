// Nine nested frames (entry plus eight static subprograms): the kernel
// allows at most eight frames on its call stack.
// Class: subprogs-static
// Kernel: reject: the call stack of 9 frames is too deep
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline __u64 d8(__u64 x) { return x ^ (x >> 3); }
static __noinline __u64 d7(__u64 x) { return d8(x + 7) + 1; }
static __noinline __u64 d6(__u64 x) { return d7(x + 6) + 1; }
static __noinline __u64 d5(__u64 x) { return d6(x + 5) + 1; }
static __noinline __u64 d4(__u64 x) { return d5(x + 4) + 1; }
static __noinline __u64 d3(__u64 x) { return d4(x + 3) + 1; }
static __noinline __u64 d2(__u64 x) { return d3(x + 2) + 1; }
static __noinline __u64 d1(__u64 x) { return d2(x + 1) + 1; }

SEC("tracepoint/syscalls/sys_enter_write")
int ss_call_chain_too_deep(void *ctx)
{
	return d1(bpf_get_prandom_u32()) & 1;
}

char LICENSE[] SEC("license") = "GPL";

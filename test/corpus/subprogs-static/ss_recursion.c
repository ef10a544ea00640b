// A recursive static subprogram bounded by a runtime depth of 0..3. The path
// walk ends within five frames, but the stack-depth walk of the call graph
// follows the recursive call until it hits the 8-frame limit.
// Class: subprogs-static
// Kernel: reject: the call stack of 8 frames is too deep !
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline __u32 fold(__u32 x, __u32 depth)
{
	if (depth == 0)
		return x;
	return fold(x >> 1, depth - 1) * fold(x + depth, depth - 1);
}

SEC("tracepoint/syscalls/sys_enter_write")
int ss_recursion(void *ctx)
{
	__u32 r = bpf_get_prandom_u32();

	return fold(r, r & 3) & 1;
}

char LICENSE[] SEC("license") = "GPL";

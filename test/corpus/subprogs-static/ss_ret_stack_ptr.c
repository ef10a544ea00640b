// A static subprogram returns a pointer into its own stack frame, which is
// gone once it returns; the caller then reads through it.
// Class: subprogs-static
// Kernel: reject: cannot return stack pointer to the caller
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline volatile __u64 *scratch(__u64 seed)
{
	volatile __u64 slot = seed * 3;
	volatile __u64 *p = &slot;

	/* Hide the address from clang's -Wreturn-stack-address. */
	asm volatile("" : "+r"(p));
	return p;
}

SEC("tracepoint/syscalls/sys_enter_write")
int ss_ret_stack_ptr(void *ctx)
{
	volatile __u64 *p = scratch(bpf_get_prandom_u32());

	return *p & 1;
}

char LICENSE[] SEC("license") = "GPL";

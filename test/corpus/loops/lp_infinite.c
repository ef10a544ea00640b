// Waits for a flag that nothing in the loop can change: the loop never
// exits and the kernel sees the same state come back.
// Class: loops
// Kernel: reject: infinite loop detected at insn 3
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_read")
int lp_infinite(void *ctx)
{
	__u32 ready = bpf_get_prandom_u32() & 1;

	while (!ready)
		;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

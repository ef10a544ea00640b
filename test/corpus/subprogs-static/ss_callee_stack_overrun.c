// The caller passes a 16-byte stack buffer but the static callee writes a
// third 8-byte word past its end, into memory above the caller's frame.
// Class: subprogs-static
// Kernel: reject: invalid write to stack R6 off=0 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline void fill(__u64 *out)
{
	out[0] = bpf_ktime_get_ns();
	out[1] = bpf_get_prandom_u32();
	out[2] = bpf_get_smp_processor_id();
}

SEC("tracepoint/syscalls/sys_enter_write")
int ss_callee_stack_overrun(void *ctx)
{
	__u64 words[2];

	fill(words);
	return (words[0] ^ words[1]) & 1;
}

char LICENSE[] SEC("license") = "GPL";

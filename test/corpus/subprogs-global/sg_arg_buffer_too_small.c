// The global function takes a pointer to a 16-byte struct but the caller
// passes an 8-byte stack variable cast to it.
// Class: subprogs-global
// Kernel: reject: invalid read from stack R1 off=-8 size=16
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	__u64 a;
	__u64 b;
};

__noinline int sg_pair_sum(struct pair *p)
{
	if (!p)
		return 0;
	return p->a + p->b;
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_arg_buffer_too_small(void *ctx)
{
	__u64 one = bpf_get_prandom_u32();

	return sg_pair_sum((struct pair *)&one);
}

char LICENSE[] SEC("license") = "GPL";

// A global function dereferences its pointer argument without a NULL check;
// global functions are verified for every caller, including one passing NULL.
// Class: subprogs-global
// Kernel: reject: R1 invalid mem access 'mem_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int sg_read_counter(__u64 *cnt)
{
	return *cnt > 100;
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_ptr_arg_nullable(void *ctx)
{
	__u64 c = bpf_get_prandom_u32();

	return sg_read_counter(&c);
}

char LICENSE[] SEC("license") = "GPL";

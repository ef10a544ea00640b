// The global function checks its pointer argument for NULL before reading
// it, as it must.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int sg_read_counter2(__u64 *cnt)
{
	if (!cnt)
		return 0;
	return *cnt > 100;
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_ptr_arg_checked_ok(void *ctx)
{
	__u64 c = bpf_get_prandom_u32();

	return sg_read_counter2(&c);
}

char LICENSE[] SEC("license") = "GPL";

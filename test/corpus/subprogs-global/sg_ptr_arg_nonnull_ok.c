// The pointer argument is tagged arg:nonnull (libbpf's __arg_nonnull): the
// body may dereference it unchecked, callers must pass valid memory.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __tag_nonnull __attribute__((btf_decl_tag("arg:nonnull")))

__noinline int sg_read_counter3(__u64 *cnt __tag_nonnull)
{
	return *cnt > 100;
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_ptr_arg_nonnull_ok(void *ctx)
{
	__u64 c = bpf_get_prandom_u32();

	return sg_read_counter3(&c);
}

char LICENSE[] SEC("license") = "GPL";

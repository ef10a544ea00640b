// Caller and static callee each keep a 200-byte buffer: 400 bytes combined
// stay under the 512-byte limit.
// Class: subprogs-static
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline int hash_name(const char *name)
{
	char buf[200];
	int h = 0;

	if (bpf_probe_read_kernel_str(buf, sizeof(buf), name) < 0)
		return 0;
	for (int i = 0; i < 8; i++)
		h = h * 31 + buf[i];
	return h;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int ss_stack_combined_ok(void *ctx)
{
	char path[200];

	bpf_get_current_comm(path, sizeof(path));
	return hash_name(path) == 0x1234 ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";

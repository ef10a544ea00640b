// Tracepoint caller and static callee each keep a 320-byte buffer (640
// combined). 6.13+ kernels may give tracing programs a private stack on
// x86-64, and then only each frame is held to 512 bytes. Whether they do is
// the machine's: the same 6.18.44 kernel on the development machines
// accepted this program in November 2026 and refuses it since December
// ("combined stack size of 2 calls is 640. Too large"), so the engine says
// unknown.
// Class: subprogs-static
// Kernel: reject: combined stack size of 2 calls is 640. Too large
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline int hash_name(const char *name)
{
	char buf[320];
	int h = 0;

	if (bpf_probe_read_kernel_str(buf, sizeof(buf), name) < 0)
		return 0;
	for (int i = 0; i < 8; i++)
		h = h * 31 + buf[i];
	return h;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int ss_stack_combined_priv_ok(void *ctx)
{
	char path[320];

	bpf_get_current_comm(path, sizeof(path));
	return hash_name(path) == 0x1234 ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";

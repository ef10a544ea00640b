// Scans a path copied from user memory for its last '/', with the index
// bounded by the buffer size.
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* sys_enter_openat: common fields, syscall nr, dfd, filename, ... */
struct openat_args {
	__u64 pad[3];
	const char *filename;
};

SEC("tracepoint/syscalls/sys_enter_openat")
int lp_find_slash_ok(struct openat_args *ctx)
{
	char path[64];
	int last = -1;

	if (bpf_probe_read_user_str(path, sizeof(path), ctx->filename) < 0)
		return 0;
#pragma clang loop unroll(disable)
	for (int i = 0; i < (int)sizeof(path); i++) {
		if (path[i] == 0)
			break;
		if (path[i] == '/')
			last = i;
	}
	return last;
}

char LICENSE[] SEC("license") = "GPL";

// Fills a 64-byte stack buffer byte by byte in a loop and then hands it to
// a helper that reads all of it.
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} lp_out SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_read")
int lp_stack_fill_ok(void *ctx)
{
	char buf[64];

#pragma clang loop unroll(disable)
	for (int i = 0; i < 64; i++)
		buf[i] = 'a' + (i % 26);
	bpf_ringbuf_output(&lp_out, buf, sizeof(buf), 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Counts the bits of a random 32-bit value by shifting until it is zero: no
// explicit bound, but the kernel's known-bits tracking ends it after 32 turns.
// Class: loops
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_read")
int lp_shift_until_zero_ok(void *ctx)
{
	__u64 v = bpf_get_prandom_u32();
	int bits = 0;

	while (v) {
		bits += v & 1;
		v >>= 1;
	}
	return bits > 16;
}

char LICENSE[] SEC("license") = "GPL";

// The same hashing loop run 300000 times: every iteration is simulated and
// the program hits the 1M processed-instruction limit.
// Class: loops
// Kernel: reject: BPF program is too large. Processed 1000001 insn
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_read")
int lp_too_many_insns(void *ctx)
{
	__u32 h = bpf_get_prandom_u32();

#pragma clang loop unroll(disable)
	for (int i = 0; i < 300000; i++)
		h = (h ^ i) * 16777619u;
	return h & 1;
}

char LICENSE[] SEC("license") = "GPL";

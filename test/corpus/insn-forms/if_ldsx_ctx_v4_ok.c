// Reads the low byte of skb->mark as a signed char (cpu v4 sign-extending
// load straight from the context): allowed like any narrow ctx load.
// Class: insn-forms
// Kernel: accept
// Flags: -mcpu=v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int if_ldsx_ctx_v4_ok(struct __sk_buff *skb)
{
	long m = *(volatile signed char *)&skb->mark;

	skb->priority = m < 0 ? 1 : 2;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

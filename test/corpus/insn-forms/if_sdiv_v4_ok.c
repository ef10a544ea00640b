// Signed division and modulo (cpu v4 sdiv/smod) of a signed delta by a
// runtime count that may be zero or -1; the kernel defines both results.
// Class: insn-forms
// Kernel: accept
// Flags: -mcpu=v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int if_sdiv_v4_ok(struct __sk_buff *skb)
{
	long delta = (long)skb->len - (long)skb->mark;
	long n = (int)skb->priority;

	skb->cb[0] = delta / n;
	skb->cb[1] = delta % n;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

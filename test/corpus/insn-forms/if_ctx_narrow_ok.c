// Reads only the low byte of skb->mark with a 1-byte load; narrow loads of
// most __sk_buff fields are allowed.
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int if_ctx_narrow_ok(struct __sk_buff *skb)
{
	__u8 low = *(volatile __u8 *)&skb->mark;

	return low == 0x42 ? 2 : 0;
}

char LICENSE[] SEC("license") = "GPL";

// Writes skb->len (a read-only field) from a tc program; only some fields
// such as mark, priority and cb[] are writable.
// Class: insn-forms
// Kernel: reject: invalid bpf_context access off=0 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int if_ctx_write_len(struct __sk_buff *skb)
{
	if (skb->len > 1500)
		skb->len = 1500;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

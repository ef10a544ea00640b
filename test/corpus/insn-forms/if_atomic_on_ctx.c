// Atomically adds to skb->mark; atomic instructions may not target the
// context.
// Class: insn-forms
// Kernel: reject: BPF_ATOMIC stores into R1 ctx is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int if_atomic_on_ctx(struct __sk_buff *skb)
{
	__sync_fetch_and_add(&skb->mark, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Unsigned division and modulo by a runtime value that may be zero: the
// kernel defines x / 0 == 0 and x % 0 == x, so nothing is rejected.
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int if_udiv_umod_ok(struct __sk_buff *skb)
{
	__u64 len = skb->len;
	__u64 buckets = skb->mark;

	skb->priority = (len / buckets) + (len % buckets);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Reads and updates a global variable in .bss (a map value addressed by a
// 64-bit immediate load).
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 if_seen_bytes;
const volatile __u32 if_limit = 1000000;

SEC("tc")
int if_global_var_ok(struct __sk_buff *skb)
{
	if_seen_bytes += skb->len;
	return if_seen_bytes > if_limit ? 2 : 0;
}

char LICENSE[] SEC("license") = "GPL";

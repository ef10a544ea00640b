// The tail call sits in a global function that receives the skb as its
// context (struct __sk_buff *): global functions may tail-call too.
// Class: tail-calls
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp8 SEC(".maps");

__noinline int tc_dispatch_global(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &tc_jmp8, skb->mark & 7);
	return 0;
}

SEC("tc")
int tc_tail_call_global_fn(struct __sk_buff *skb)
{
	return tc_dispatch_global(skb);
}

char LICENSE[] SEC("license") = "GPL";

// The tail call sits in a static subprogram that gets the context; small
// frames keep it within the limits for tail calls from subprograms.
// Class: tail-calls
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tc_jmp6 SEC(".maps");

static __noinline int dispatch(struct __sk_buff *skb, __u32 slot)
{
	bpf_tail_call(skb, &tc_jmp6, slot);
	return 0;
}

SEC("tc")
int tc_tail_call_subprog_ok(struct __sk_buff *skb)
{
	return dispatch(skb, skb->mark & 7);
}

char LICENSE[] SEC("license") = "GPL";

// A global function calling another global function, each verified on its
// own against its prototype.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int sg_clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

__noinline int sg_scale(int v)
{
	return sg_clamp(v * 3, 0, 1000) / 4;
}

SEC("tc")
int sg_global_chain_ok(struct __sk_buff *skb)
{
	skb->priority = sg_scale(skb->len);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

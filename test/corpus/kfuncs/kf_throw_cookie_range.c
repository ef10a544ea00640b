// Throws from a cgroup_skb egress program with a cookie the program type
// may not return: with no exception callback of its own, the cookie is the
// program's return value, held to [0, 3] like R0 at an exit.
// Class: kfuncs
// Kernel: reject: At program exit the register R1 has smin=7 smax=7 should have been in [0, 3]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_throw(__u64 cookie) __ksym;

SEC("cgroup_skb/egress")
int kf_throw_cookie_range(struct __sk_buff *skb)
{
	if (skb->len > 1500)
		bpf_throw(7);
	return 1;
}

char LICENSE[] SEC("license") = "GPL";

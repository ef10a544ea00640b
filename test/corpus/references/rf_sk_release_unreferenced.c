// tc: releases skb->sk, a socket the program never acquired; only pointers
// returned by a lookup may be released.
// Class: references
// Kernel: reject: R1 must be referenced when passed to release function
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int rf_sk_release_unreferenced(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;

	if (!sk)
		return TC_ACT_OK;
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

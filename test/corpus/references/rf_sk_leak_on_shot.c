// Releases the socket on the pass path only: the early TC_ACT_SHOT return
// for a listening socket keeps the reference.
// Class: references
// Kernel: reject: Unreleased reference id=2 alloc_insn=14
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int rf_sk_leak_on_shot(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;

	tuple.ipv4.dport = bpf_htons(80);
	sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (sk && sk->state == 10)
		return TC_ACT_SHOT;
	if (sk)
		bpf_sk_release(sk);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

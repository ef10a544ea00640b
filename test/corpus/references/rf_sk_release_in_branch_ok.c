// The socket reference crosses a branch; each side releases it before its
// own return.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int rf_sk_release_in_branch_ok(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;

	tuple.ipv4.daddr = bpf_htonl(0x0a000001);
	tuple.ipv4.dport = bpf_htons(80);
	sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	if (sk->mark == 7) {
		skb->mark = 7;
		bpf_sk_release(sk);
		return TC_ACT_OK;
	}
	bpf_sk_release(sk);
	return TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";

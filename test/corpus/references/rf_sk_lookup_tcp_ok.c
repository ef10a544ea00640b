// tc: looks up the local TCP socket for a fixed 4-tuple and releases it on
// the path where the lookup found one.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int rf_sk_lookup_tcp_ok(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;
	int verdict = TC_ACT_OK;

	tuple.ipv4.daddr = bpf_htonl(0x7f000001);
	tuple.ipv4.dport = bpf_htons(8080);
	sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (sk) {
		if (sk->state == 10 /* TCP_LISTEN */)
			verdict = TC_ACT_SHOT;
		bpf_sk_release(sk);
	}
	return verdict;
}

char LICENSE[] SEC("license") = "GPL";

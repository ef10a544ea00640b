// The socket pointer is stored in a stack struct next to a counter and
// released later through the reloaded copy; the reference follows the spill.
// Class: references
// Kernel: accept
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct held {
	struct bpf_sock *sk;
	__u32 hits;
};

SEC("tc")
int rf_sk_ref_spilled_ok(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	volatile struct held h = {};

	tuple.ipv4.dport = bpf_htons(25);
	h.sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!h.sk)
		return TC_ACT_OK;
	h.hits = skb->len;
	bpf_sk_release(h.sk);
	return h.hits > 1000 ? TC_ACT_SHOT : TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

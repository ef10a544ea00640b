// Two lookups, but the second socket is released twice and the first never:
// the second release finds no reference left on that pointer.
// Class: references
// Kernel: reject: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int rf_sk_release_wrong_ptr(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *tcp, *udp;

	tuple.ipv4.daddr = bpf_htonl(0x7f000001);
	tuple.ipv4.dport = bpf_htons(53);
	tcp = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!tcp)
		return TC_ACT_OK;
	udp = bpf_sk_lookup_udp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!udp) {
		bpf_sk_release(tcp);
		return TC_ACT_OK;
	}
	bpf_sk_release(udp);
	bpf_sk_release(udp);
	return TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";

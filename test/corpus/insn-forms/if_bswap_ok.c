// Converts an IPv4 source address and port from network byte order (BPF_END
// instructions) to classify the packet by subnet.
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int if_bswap_ok(struct __sk_buff *skb)
{
	struct {
		__be32 saddr;
		__be32 daddr;
		__be16 sport;
	} h;
	__u32 ip;

	if (bpf_skb_load_bytes(skb, 14 + 12, &h, sizeof(h)))
		return 0;
	ip = bpf_ntohl(h.saddr);
	skb->mark = ((ip >> 24) == 10) ? bpf_ntohs(h.sport) : 0;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

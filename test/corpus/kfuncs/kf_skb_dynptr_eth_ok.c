// Reads the Ethernet header of a tc packet through an skb dynptr: the
// slice copies into the stack buffer when the header is not linear, may be
// NULL, and is read-only.
// Class: kfuncs
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
			      void *buffer__opt, __u32 buffer__szk) __ksym;

__u64 kf_ipv4_packets;

SEC("tc")
int kf_skb_dynptr_eth_ok(struct __sk_buff *skb)
{
	struct ethhdr buf, *eth;
	struct bpf_dynptr d;

	if (bpf_dynptr_from_skb(skb, 0, &d))
		return TC_ACT_OK;
	eth = bpf_dynptr_slice(&d, 0, &buf, sizeof(buf));
	if (!eth)
		return TC_ACT_OK;
	if (eth->h_proto == bpf_htons(ETH_P_IP))
		__sync_fetch_and_add(&kf_ipv4_packets, 1);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

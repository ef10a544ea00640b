// Pulls the rest of the packet in after taking a slice of the header, then
// reads the old slice: bpf_skb_pull_data() may move the packet, so every
// slice of an skb dynptr is gone after it.
// Class: kfuncs
// Kernel: reject: R8 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
			      void *buffer__opt, __u32 buffer__szk) __ksym;

SEC("tc")
int kf_skb_dynptr_after_pull(struct __sk_buff *skb)
{
	struct ethhdr buf, *eth;
	struct bpf_dynptr d;

	bpf_dynptr_from_skb(skb, 0, &d);
	eth = bpf_dynptr_slice(&d, 0, &buf, sizeof(buf));
	if (!eth)
		return TC_ACT_OK;
	if (bpf_skb_pull_data(skb, skb->len))
		return TC_ACT_OK;
	return eth->h_proto ? TC_ACT_OK : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";

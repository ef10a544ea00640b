// Rewrites the destination MAC through a bpf_dynptr_slice() slice; that
// slice is read-only (bpf_dynptr_slice_rdwr() hands out writable ones).
// Class: kfuncs
// Kernel: reject: R0 cannot write into rdonly_mem
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset,
			      void *buffer__opt, __u32 buffer__szk) __ksym;

SEC("tc")
int kf_skb_dynptr_slice_write(struct __sk_buff *skb)
{
	struct ethhdr buf, *eth;
	struct bpf_dynptr d;

	bpf_dynptr_from_skb(skb, 0, &d);
	eth = bpf_dynptr_slice(&d, 0, &buf, sizeof(buf));
	if (!eth)
		return TC_ACT_SHOT;
	eth->h_dest[0] = 0x02;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

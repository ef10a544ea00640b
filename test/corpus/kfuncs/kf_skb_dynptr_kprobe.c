// A kprobe on a networking function hands its first argument to
// bpf_dynptr_from_skb(): the skb kfuncs are only for programs whose
// context is a socket buffer.
// Class: kfuncs
// Kernel: reject: calling kernel function bpf_dynptr_from_skb is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;

SEC("kprobe/ip_rcv")
int kf_skb_dynptr_kprobe(void *ctx)
{
	struct bpf_dynptr d;

	bpf_dynptr_from_skb(ctx, 0, &d);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

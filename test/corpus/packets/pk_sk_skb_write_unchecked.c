// sk_skb may write the packet, but this one overwrites the first byte
// without any data_end check.
// Class: packets
// Kernel: reject: invalid access to packet, off=0 size=1, R1(id=0,off=0,r=0)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_skb/stream_verdict")
int pk_sk_skb_write_unchecked(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data;

	data[0] = 'X';
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// sk_skb stream verdict: peeks at the first byte of the stream data after a
// bounds check and drops records starting with 0x00.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_skb/stream_verdict")
int pk_sk_skb_read_ok(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data;
	unsigned char *data_end = (void *)(long)skb->data_end;

	if (data + 1 > data_end)
		return SK_PASS;
	return data[0] == 0 ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";

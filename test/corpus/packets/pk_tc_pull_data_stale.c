// tc: checks the packet, calls bpf_skb_pull_data, then reads through the
// pointer from before the call; the helper invalidated every packet pointer.
// Class: packets
// Kernel: reject: R7 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int pk_tc_pull_data_stale(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data;
	unsigned char *data_end = (void *)(long)skb->data_end;

	if (data + 16 > data_end)
		return TC_ACT_OK;
	if (bpf_skb_pull_data(skb, 64))
		return TC_ACT_OK;
	return data[15] == 0x42 ? TC_ACT_SHOT : TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

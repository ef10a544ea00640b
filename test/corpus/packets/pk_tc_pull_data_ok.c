// tc: makes sure 64 bytes are linear with bpf_skb_pull_data, then reloads
// the packet pointers and checks them before reading.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int pk_tc_pull_data_ok(struct __sk_buff *skb)
{
	unsigned char *data, *data_end;

	if (bpf_skb_pull_data(skb, 64))
		return TC_ACT_OK;
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	if (data + 64 > data_end)
		return TC_ACT_OK;
	return data[63] == 0x42 ? TC_ACT_SHOT : TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";

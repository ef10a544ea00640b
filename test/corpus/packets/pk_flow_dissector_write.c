// Flow dissector scrubs the destination MAC in place; this program type may
// only read the packet.
// Class: packets
// Kernel: reject: cannot write into packet
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("flow_dissector")
int pk_flow_dissector_write(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return BPF_DROP;
	eth->h_dest[0] = 0;
	return BPF_OK;
}

char LICENSE[] SEC("license") = "GPL";

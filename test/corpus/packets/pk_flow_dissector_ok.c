// Flow dissector: reads the Ethernet type through the direct packet
// pointers and reports it in flow_keys.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("flow_dissector")
int pk_flow_dissector_ok(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct bpf_flow_keys *keys = skb->flow_keys;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return BPF_DROP;
	keys->n_proto = eth->h_proto;
	keys->nhoff = sizeof(*eth);
	keys->thoff = sizeof(*eth);
	return BPF_OK;
}

char LICENSE[] SEC("license") = "GPL";

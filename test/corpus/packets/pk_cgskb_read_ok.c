// cgroup_skb (egress): direct reads of the packet are allowed; drops
// IPv4 packets whose TTL is 1.
// Class: packets
// Kernel: accept
#include <linux/bpf.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress")
int pk_cgskb_read_ok(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data;

	if ((void *)(ip + 1) > data_end)
		return 1;
	if (ip->version == 4 && ip->ttl == 1)
		return 0;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";

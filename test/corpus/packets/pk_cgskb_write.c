// cgroup_skb tries to rewrite the TTL in place: these programs may read the
// packet directly but never write it.
// Class: packets
// Kernel: reject: cannot write into packet
#include <linux/bpf.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress")
int pk_cgskb_write(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data;

	if ((void *)(ip + 1) > data_end)
		return 1;
	if (ip->ttl < 8)
		ip->ttl = 8;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";

// Takes the lock, then updates one of two counters depending on the
// protocol (IPv4 or not); both branches join before the single unlock.
// Class: locks-timers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct proto_stats {
	struct bpf_spin_lock lock;
	__u64 ipv4;
	__u64 other;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, struct proto_stats);
} protos SEC(".maps");

SEC("tc")
int lt_both_branches(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex & 3;
	struct proto_stats *ps = bpf_map_lookup_elem(&protos, &key);

	if (!ps)
		return 0;
	bpf_spin_lock(&ps->lock);
	if (skb->protocol == bpf_htons(0x0800))
		ps->ipv4++;
	else
		ps->other++;
	bpf_spin_unlock(&ps->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

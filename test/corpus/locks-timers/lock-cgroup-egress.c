// Accounts egress traffic of a cgroup under a lock, and lets every packet
// through.
// Class: locks-timers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow_stats {
	struct bpf_spin_lock lock;
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct flow_stats);
} flows SEC(".maps");

SEC("cgroup_skb/egress")
int lt_cgroup_egress(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (st) {
		bpf_spin_lock(&st->lock);
		st->packets++;
		st->bytes += skb->len;
		bpf_spin_unlock(&st->lock);
	}
	return 1;
}

char LICENSE[] SEC("license") = "GPL";

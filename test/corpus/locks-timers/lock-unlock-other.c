// Moves bytes between two flows, locking the source and unlocking the
// destination by mistake: the lock released must be the one taken.
// Class: locks-timers
// Kernel: reject: bpf_spin_unlock of different lock
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

SEC("tc")
int lt_unlock_other(struct __sk_buff *skb)
{
	__u32 a = skb->hash, b = skb->mark;
	struct flow_stats *src = bpf_map_lookup_elem(&flows, &a);
	struct flow_stats *dst = bpf_map_lookup_elem(&flows, &b);

	if (!src || !dst)
		return 0;
	bpf_spin_lock(&src->lock);
	src->bytes = 0;
	bpf_spin_unlock(&dst->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

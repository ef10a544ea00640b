// Copies a whole value (lock included) into another slot with
// bpf_map_update_elem straight from the map: a helper may not read the bytes
// of a bpf_spin_lock either.
// Class: locks-timers
// Kernel: reject: bpf_spin_lock cannot be accessed directly by load/store
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
int lt_copy_value(struct __sk_buff *skb)
{
	__u32 from = skb->hash, to = skb->mark;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &from);

	if (!st)
		return 0;
	bpf_map_update_elem(&flows, &to, st, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Returns early from inside the critical section when the counter is
// saturated: the path leaves the program with the lock still held.
// Class: locks-timers
// Kernel: reject: BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region
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
int lt_early_return(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return 0;
	bpf_spin_lock(&st->lock);
	if (st->packets > 1000000)
		return 2;
	st->packets++;
	bpf_spin_unlock(&st->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

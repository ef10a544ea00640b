// Peeks at the lock word to skip busy entries: a bpf_spin_lock belongs to
// the kernel and may not be read by a load.
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
int lt_peek_lock(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return 0;
	if (*(volatile __u32 *)&st->lock)
		return 0;
	return st->packets > 10;
}

char LICENSE[] SEC("license") = "GPL";

// A socket filter keeps a locked counter: socket filters may not use maps
// with a bpf_spin_lock.
// Class: locks-timers
// Kernel: reject: socket filter progs cannot use bpf_spin_lock yet
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

SEC("socket")
int lt_socket_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return 0;
	bpf_spin_lock(&st->lock);
	st->packets++;
	bpf_spin_unlock(&st->lock);
	return skb->len;
}

char LICENSE[] SEC("license") = "GPL";

// Takes the lock in a small static wrapper and releases it in the caller:
// the lock held is part of the path's state and crosses static calls.
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

static __attribute__((noinline)) void flow_lock(struct flow_stats *st)
{
	bpf_spin_lock(&st->lock);
}

SEC("tc")
int lt_wrapper_function(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return 0;
	flow_lock(st);
	st->packets++;
	bpf_spin_unlock(&st->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

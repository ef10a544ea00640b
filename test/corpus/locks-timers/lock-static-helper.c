// Updates the stats in a static function called while the lock is held:
// static functions run under their caller's lock.
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

static __attribute__((noinline)) int account(struct flow_stats *st, __u32 len)
{
	st->packets++;
	st->bytes += len;
	return 0;
}

SEC("tc")
int lt_static_helper(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return 0;
	bpf_spin_lock(&st->lock);
	account(st, skb->len);
	bpf_spin_unlock(&st->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

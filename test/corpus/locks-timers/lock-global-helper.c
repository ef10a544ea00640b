// The counters are updated by a global function: global functions are
// verified on their own and may not be called with a lock held (the
// arguments point at the counters only: a pointer to the whole value would
// be refused first, for exposing the lock's bytes to the callee).
// Class: locks-timers
// Kernel: reject: global function calls are not allowed while holding a lock,
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

__attribute__((noinline)) int lt_account(__u64 *packets, __u64 *bytes,
					  __u32 len)
{
	if (!packets || !bytes)
		return 0;
	*packets += 1;
	*bytes += len;
	return 0;
}

SEC("tc")
int lt_global_helper(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return 0;
	bpf_spin_lock(&st->lock);
	lt_account(&st->packets, &st->bytes, skb->len);
	bpf_spin_unlock(&st->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

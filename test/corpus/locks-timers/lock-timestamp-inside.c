// Reads the clock while holding the lock: no helper but bpf_spin_unlock may
// be called inside a bpf_spin_lock-ed region.
// Class: locks-timers
// Kernel: reject: function calls are not allowed while holding a lock
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct last_pkt {
	struct bpf_spin_lock lock;
	__u64 ts;
	__u64 count;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct last_pkt);
} last SEC(".maps");

SEC("tc")
int lt_timestamp_inside(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct last_pkt *lp = bpf_map_lookup_elem(&last, &key);

	if (!lp)
		return 0;
	bpf_spin_lock(&lp->lock);
	lp->ts = bpf_ktime_get_ns();
	lp->count++;
	bpf_spin_unlock(&lp->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// Reads the clock before taking the lock and only stores it inside: the
// critical section calls nothing but bpf_spin_unlock.
// Class: locks-timers
// Kernel: accept
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

SEC("xdp")
int lt_timestamp_outside(struct xdp_md *ctx)
{
	__u32 key = 0;
	struct last_pkt *lp = bpf_map_lookup_elem(&last, &key);
	__u64 now = bpf_ktime_get_ns();

	if (!lp)
		return XDP_PASS;
	bpf_spin_lock(&lp->lock);
	lp->ts = now;
	lp->count++;
	bpf_spin_unlock(&lp->lock);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// A value with both a timer and a lock: the timer callback takes the
// value's lock to reset the counters, and releases it before returning.
// Class: locks-timers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct window {
	struct bpf_timer tick;
	struct bpf_spin_lock lock;
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct window);
} windows SEC(".maps");

static int reset(void *map, __u32 *key, struct window *w)
{
	bpf_spin_lock(&w->lock);
	w->packets = 0;
	w->bytes = 0;
	bpf_spin_unlock(&w->lock);
	return 0;
}

SEC("tc")
int lt_callback_locks(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct window *w = bpf_map_lookup_elem(&windows, &key);

	if (!w)
		return 0;
	bpf_timer_init(&w->tick, &windows, 1);
	bpf_timer_set_callback(&w->tick, reset);
	bpf_timer_start(&w->tick, 1000000000ULL, 0);
	bpf_spin_lock(&w->lock);
	w->packets++;
	w->bytes += skb->len;
	bpf_spin_unlock(&w->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// The timer callback takes the value's lock and forgets to release it: the
// callback's exit is a program's exit for the lock.
// Class: locks-timers
// Kernel: reject: BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct window {
	struct bpf_timer tick;
	struct bpf_spin_lock lock;
	__u64 packets;
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
	return 0;
}

SEC("tc")
int lt_callback_keeps_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct window *w = bpf_map_lookup_elem(&windows, &key);

	if (!w)
		return 0;
	bpf_timer_init(&w->tick, &windows, 1);
	bpf_timer_set_callback(&w->tick, reset);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

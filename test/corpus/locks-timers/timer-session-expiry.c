// Arms an expiry timer for a session: the callback runs later with the
// map, the key and the value, touches the value and returns 0.
// Class: locks-timers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct session {
	struct bpf_timer expiry;
	__u64 last_seen;
	__u32 state;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, struct session);
} sessions SEC(".maps");

static int expire(void *map, __u32 *key, struct session *s)
{
	s->state = 0;
	return 0;
}

SEC("tc")
int lt_session_expiry(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	s->last_seen = bpf_ktime_get_ns();
	bpf_timer_init(&s->expiry, &sessions, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&s->expiry, expire);
	bpf_timer_start(&s->expiry, 5000000000ULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

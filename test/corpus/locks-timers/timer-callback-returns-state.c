// The timer callback returns the session's old state, as if the return
// value mattered: an async callback must return 0.
// Class: locks-timers
// Kernel: reject: At async callback return the register R0 has smin=0 smax=4294967295 should have been in [0, 0]
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
	__u32 old = s->state;

	s->state = 0;
	return old;
}

SEC("tc")
int lt_callback_returns_state(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	bpf_timer_init(&s->expiry, &sessions, 1);
	bpf_timer_set_callback(&s->expiry, expire);
	bpf_timer_start(&s->expiry, 1000000000ULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// The callback treats its value as an array of sessions and reads the next
// one: the callback's R3 is one map value, bounded like any other.
// Class: locks-timers
// Kernel: reject: invalid access to map value, value_size=32 off=48 size=8
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
	if (s[1].last_seen < s->last_seen)
		s->state = 0;
	return 0;
}

SEC("tc")
int lt_callback_past_value(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	bpf_timer_init(&s->expiry, &sessions, 1);
	bpf_timer_set_callback(&s->expiry, expire);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

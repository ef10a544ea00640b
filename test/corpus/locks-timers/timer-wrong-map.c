// Initialises the session's timer with another map: bpf_timer_init must be
// given the map the timer lives in.
// Class: locks-timers
// Kernel: reject: timer pointer in R1 map_uid=0 doesn't match map pointer in R2 map_uid=0
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

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} config SEC(".maps");

SEC("tc")
int lt_timer_wrong_map(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	bpf_timer_init(&s->expiry, &config, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

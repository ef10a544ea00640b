// Cancels a session's timer when the flow ends (a FIN was seen by an
// earlier stage that set the mark).
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

SEC("tc")
int lt_timer_cancel(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s || skb->mark != 1)
		return 0;
	bpf_timer_cancel(&s->expiry);
	s->state = 0;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// A periodic timer: the callback re-arms the timer it came from, found in
// its own map value.
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

static int tick(void *map, __u32 *key, struct session *s)
{
	s->state++;
	bpf_timer_start(&s->expiry, 1000000000ULL, 0);
	return 0;
}

SEC("xdp")
int lt_rearm_from_callback(struct xdp_md *ctx)
{
	__u32 key = 7;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return XDP_PASS;
	bpf_timer_init(&s->expiry, &sessions, 1);
	bpf_timer_set_callback(&s->expiry, tick);
	bpf_timer_start(&s->expiry, 1000000000ULL, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Logs the first word of the timer to see whether it was armed: the
// bpf_timer's bytes are the kernel's.
// Class: locks-timers
// Kernel: reject: bpf_timer cannot be accessed directly by load/store
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

SEC("xdp")
int lt_timer_read_raw(struct xdp_md *ctx)
{
	__u32 key = 0;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return XDP_PASS;
	if (*(__u64 *)&s->expiry)
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

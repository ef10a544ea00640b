// A tracepoint program arms a timer: tracing programs may not use maps
// holding a bpf_timer.
// Class: locks-timers
// Kernel: reject: tracing progs cannot use bpf_timer yet
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

SEC("tracepoint/syscalls/sys_enter_nanosleep")
int lt_timer_tracepoint(void *ctx)
{
	__u32 key = bpf_get_current_pid_tgid() >> 32;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	bpf_timer_init(&s->expiry, &sessions, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

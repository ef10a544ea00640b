// A kprobe counts calls in a map whose value holds a bpf_spin_lock: the
// kernel does not let tracing programs use such maps at all, before looking
// at a single instruction.
// Class: locks-timers
// Kernel: reject: tracing progs cannot use bpf_spin_lock yet
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct call_stats {
	struct bpf_spin_lock lock;
	__u64 calls;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct call_stats);
} calls SEC(".maps");

SEC("kprobe/do_nanosleep")
int lt_kprobe_lock(void *ctx)
{
	__u32 key = 0;
	struct call_stats *cs = bpf_map_lookup_elem(&calls, &key);

	if (!cs)
		return 0;
	bpf_spin_lock(&cs->lock);
	cs->calls++;
	bpf_spin_unlock(&cs->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

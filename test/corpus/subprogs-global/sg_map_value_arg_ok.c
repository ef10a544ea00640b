// A map value (NULL-checked by the caller) is passed as a sized pointer to
// a global function that checks it itself too.
// Class: subprogs-global
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counter {
	__u64 hits;
	__u64 last;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct counter);
} sg_counts2 SEC(".maps");

__noinline int sg_bump(struct counter *c, __u64 now)
{
	if (!c)
		return 0;
	c->hits++;
	c->last = now;
	return 1;
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_map_value_arg_ok(void *ctx)
{
	__u32 key = bpf_get_smp_processor_id();
	struct counter *c = bpf_map_lookup_elem(&sg_counts2, &key);

	if (!c)
		return 0;
	return sg_bump(c, bpf_ktime_get_ns());
}

char LICENSE[] SEC("license") = "GPL";

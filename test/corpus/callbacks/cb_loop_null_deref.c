// The callback looks up a per-iteration map entry and increments it without
// a NULL check.
// Class: callbacks
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} cb_counts SEC(".maps");

static int bump(__u32 i, void *data)
{
	__u64 *v = bpf_map_lookup_elem(&cb_counts, &i);

	(*v)++;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int cb_loop_null_deref(void *ctx)
{
	bpf_loop(64, bump, NULL, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// A global function returns a map value pointer; global functions may only
// return scalars (or nothing).
// Class: subprogs-global
// Kernel: reject: Global function sg_slot() doesn't return scalar. Only those are supported.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} sg_slots SEC(".maps");

__noinline __u64 *sg_slot(__u32 i)
{
	return bpf_map_lookup_elem(&sg_slots, &i);
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_returns_pointer(void *ctx)
{
	__u64 *v = sg_slot(bpf_get_smp_processor_id() & 3);

	if (v)
		(*v)++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// A global function returning void that updates a map through its own
// lookup: kernel 6.18 still wants a scalar return type for global functions.
// Class: subprogs-global
// Kernel: reject: Global function sg_bump_slot() doesn't return scalar. Only those are supported.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} sg_slots2 SEC(".maps");

__noinline void sg_bump_slot(__u32 i)
{
	__u64 *v = bpf_map_lookup_elem(&sg_slots2, &i);

	if (v)
		__sync_fetch_and_add(v, 1);
}

SEC("tracepoint/syscalls/sys_enter_write")
int sg_returns_void(void *ctx)
{
	sg_bump_slot(bpf_get_smp_processor_id() & 3);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

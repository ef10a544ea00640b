// Claims a slot with compare-and-exchange on a map value: only the first
// CPU to see 0 stores its id.
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} if_owner SEC(".maps");

SEC("xdp")
int if_cmpxchg_ok(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *owner = bpf_map_lookup_elem(&if_owner, &key);
	__u64 me = bpf_get_smp_processor_id() + 1;

	if (!owner)
		return XDP_PASS;
	if (__sync_val_compare_and_swap(owner, 0, me) != 0)
		return XDP_PASS;
	return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

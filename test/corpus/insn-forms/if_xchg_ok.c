// Swaps a new timestamp into a map value with an atomic exchange and
// computes the gap to the previous one.
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} if_last SEC(".maps");

SEC("xdp")
int if_xchg_ok(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *last = bpf_map_lookup_elem(&if_last, &key);
	__u64 now = bpf_ktime_get_ns();

	if (!last)
		return XDP_PASS;
	return now - __atomic_exchange_n(last, now, __ATOMIC_SEQ_CST) < 1000 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// Counts packets with an atomic fetch-and-add on a map value and uses the
// old value (BPF_ATOMIC | BPF_FETCH).
// Class: insn-forms
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} if_cnt1 SEC(".maps");

SEC("xdp")
int if_atomic_add_ok(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *cnt = bpf_map_lookup_elem(&if_cnt1, &key);

	if (!cnt)
		return XDP_PASS;
	/* Sample one packet in 1024. */
	return (__sync_fetch_and_add(cnt, 1) & 1023) == 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

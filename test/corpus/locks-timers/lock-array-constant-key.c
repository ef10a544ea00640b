// Locks the single element of an array found with the constant key 0: on
// this kernel such a lookup cannot fail, so no NULL check is needed before
// taking the lock, and the value keeps its identity for the unlock.
// Class: locks-timers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct totals {
	struct bpf_spin_lock lock;
	__u64 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct totals);
} totals SEC(".maps");

SEC("xdp")
int lt_array_constant_key(struct xdp_md *ctx)
{
	__u32 key = 0;
	struct totals *t = bpf_map_lookup_elem(&totals, &key);

	bpf_spin_lock(&t->lock);
	t->packets++;
	bpf_spin_unlock(&t->lock);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

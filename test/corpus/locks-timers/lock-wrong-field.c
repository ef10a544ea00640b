// Passes the address of the counter instead of the lock: bpf_spin_lock must
// point at the value's struct bpf_spin_lock, here at offset 8.
// Class: locks-timers
// Kernel: reject: off 0 doesn't point to 'struct bpf_spin_lock' that is at 8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct port_stats {
	__u64 hits;
	struct bpf_spin_lock lock;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct port_stats);
} ports SEC(".maps");

SEC("tc")
int lt_wrong_field(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex & 63;
	struct port_stats *ps = bpf_map_lookup_elem(&ports, &key);

	if (!ps)
		return 0;
	bpf_spin_lock((struct bpf_spin_lock *)&ps->hits);
	ps->hits++;
	bpf_spin_unlock((struct bpf_spin_lock *)&ps->hits);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

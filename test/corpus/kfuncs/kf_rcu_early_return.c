// Returns from inside an RCU read section when the lookup misses: the
// section is still open at the exit.
// Class: kfuncs
// Kernel: reject: BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__type(key, __u32);
	__type(value, __u64);
} kf_seen SEC(".maps");

SEC("tc")
int kf_rcu_early_return(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	__u64 *count;

	bpf_rcu_read_lock();
	count = bpf_map_lookup_elem(&kf_seen, &key);
	if (!count)
		return 0;
	__sync_fetch_and_add(count, 1);
	bpf_rcu_read_unlock();
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

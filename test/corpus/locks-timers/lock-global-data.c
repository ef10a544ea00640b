// A lock and the counter it protects as global variables in their own data
// section: libbpf makes the section an array map whose value holds the
// lock.
// Class: locks-timers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_spin_lock lt_glock SEC(".data.stats");
__u64 lt_total SEC(".data.stats");

SEC("tc")
int lt_global_data(struct __sk_buff *skb)
{
	bpf_spin_lock(&lt_glock);
	lt_total += skb->len;
	bpf_spin_unlock(&lt_glock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

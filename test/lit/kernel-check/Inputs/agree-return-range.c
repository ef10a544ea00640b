// Rejected: a cgroup_skb program must return a value in [0, 3].
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress")
int cgroup_skb_return_len(struct __sk_buff *skb) { return skb->len; }

char LICENSE[] SEC("license") = "GPL";

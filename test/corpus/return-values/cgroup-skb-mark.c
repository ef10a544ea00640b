// A cgroup_skb program returning skb->mark as its verdict: an unknown
// 32-bit value where 0 or 1 is required.
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/ingress") int rv_cgroup_skb_mark(struct __sk_buff *skb) {
  return skb->mark;
}

char LICENSE[] SEC("license") = "GPL";

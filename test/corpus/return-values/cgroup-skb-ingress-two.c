// A cgroup_skb ingress program returning 2 ("allow and notify"): the
// congestion bit exists only for egress, ingress must return 0 or 1.
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/ingress") int rv_cgroup_skb_ingress_two(struct __sk_buff *skb) {
  if (skb->len > 9000)
    return 2;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

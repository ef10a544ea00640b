// Returns the lowest bit of skb->mark: masked to 0..1, a valid cgroup_skb
// verdict. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/ingress") int rv_cgroup_skb_mark_bit(struct __sk_buff *skb) {
  return skb->mark & 1;
}

char LICENSE[] SEC("license") = "GPL";

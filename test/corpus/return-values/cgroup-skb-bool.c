// Returns a comparison (a C boolean) as the verdict. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress") int rv_cgroup_skb_bool(struct __sk_buff *skb) {
  return skb->len <= 1500;
}

char LICENSE[] SEC("license") = "GPL";

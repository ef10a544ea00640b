// A cgroup_skb ingress filter returning 0 (drop) or 1 (allow) depending
// on the port. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/ingress") int rv_cgroup_skb_allow(struct __sk_buff *skb) {
  if (skb->local_port == 23)
    return 0;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

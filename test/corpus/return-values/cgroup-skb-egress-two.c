// The same "allow and notify" code 2 from a cgroup_skb egress program,
// where 0..3 are valid. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress") int rv_cgroup_skb_egress_two(struct __sk_buff *skb) {
  if (skb->len > 9000)
    return 2;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

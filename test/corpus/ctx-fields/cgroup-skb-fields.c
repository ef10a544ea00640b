// A cgroup_skb egress program reading the socket addresses and ports and
// setting skb->mark, all allowed for cgroup_skb. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress") int cf_cgroup_skb_fields(struct __sk_buff *skb) {
  if (skb->family == 2 && skb->remote_port == 0x5000 && skb->local_ip4 != 0)
    skb->mark = 1;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

// A cgroup_skb program writing skb->tc_classid, which only tc programs may
// set.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=72 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress") int cf_cgroup_skb_classid(struct __sk_buff *skb) {
  skb->tc_classid = 0x10002;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

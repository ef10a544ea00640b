// A tc classifier that sets skb->mark, skb->priority and skb->tc_classid
// and stashes a value in cb[]: all writable for tc. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int cf_tc_write_allowed(struct __sk_buff *skb) {
  skb->mark = 0x42;
  skb->priority = 6;
  skb->tc_classid = 0x10001;
  skb->cb[0] = skb->len;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

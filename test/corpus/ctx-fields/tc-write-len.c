// A tc classifier trying to shorten the packet by writing skb->len: the
// length is read-only in __sk_buff.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=0 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int cf_tc_write_len(struct __sk_buff *skb) {
  if (skb->len > 1000)
    skb->len = 1000;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

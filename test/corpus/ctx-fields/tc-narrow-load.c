// Reads the low byte of skb->mark and the low half of skb->priority with
// narrow loads: the kernel allows narrow reads of 4-byte __sk_buff fields.
// Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int cf_tc_narrow_load(struct __sk_buff *skb) {
  __u8 low = *(volatile __u8 *)&skb->mark;
  __u16 half = *(volatile __u16 *)&skb->priority;
  return low == 1 && half == 7;
}

char LICENSE[] SEC("license") = "GPL";

// Reads skb->mark and the following field as one u64: an 8-byte load of a
// 4-byte context field is refused.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=8 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int cf_tc_wide_load(struct __sk_buff *skb) {
  __u64 mark_and_queue = *(volatile __u64 *)&skb->mark;
  return mark_and_queue != 0;
}

char LICENSE[] SEC("license") = "GPL";

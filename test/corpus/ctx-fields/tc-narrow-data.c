// Loads the low half of skb->data with a 2-byte read: the packet pointer
// fields may only be read whole.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=76 size=2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int cf_tc_narrow_data(struct __sk_buff *skb) {
  __u16 low = *(volatile __u16 *)&skb->data;
  return low & 1;
}

char LICENSE[] SEC("license") = "GPL";

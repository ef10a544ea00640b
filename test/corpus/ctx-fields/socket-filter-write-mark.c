// A socket filter trying to mark the packet: socket filters may write only
// skb->cb[], not skb->mark.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=8 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket") int cf_socket_filter_mark(struct __sk_buff *skb) {
  skb->mark = 7;
  return skb->len;
}

char LICENSE[] SEC("license") = "GPL";

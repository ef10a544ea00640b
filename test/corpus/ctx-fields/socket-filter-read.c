// A socket filter reading skb->len, skb->protocol and skb->ifindex and
// keeping only large IPv4 packets. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("socket") int cf_socket_filter_read(struct __sk_buff *skb) {
  if (skb->protocol != bpf_htons(0x0800) || skb->ifindex == 1)
    return 0;
  return skb->len > 100 ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";

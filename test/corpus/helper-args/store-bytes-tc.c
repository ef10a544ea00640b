// The same TOS rewrite from a tc classifier, where bpf_skb_store_bytes is
// allowed. Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int ha_store_bytes_tc(struct __sk_buff *skb) {
  __u8 tos = 0;
  bpf_skb_store_bytes(skb, 15, &tos, 1, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

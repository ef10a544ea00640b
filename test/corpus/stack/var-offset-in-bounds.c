// A small per-packet scratch array on the stack indexed by a masked
// variable: every possible offset stays inside the array. Accepted.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int st_var_offset_in_bounds(struct __sk_buff *skb) {
  volatile __u64 scratch[8] = {};
  scratch[skb->mark & 7] = skb->len;
  return scratch[skb->priority & 7] > 1500;
}

char LICENSE[] SEC("license") = "GPL";

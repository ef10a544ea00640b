// A stack array indexed by a signed value checked only against the upper
// bound: a negative index reaches below the array.
// Class: stack
// Kernel: reject: math between fp pointer and register with unbounded min value is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int st_signed_stack_index(struct __sk_buff *skb) {
  volatile __u64 hist[4] = {};
  int i = (int)skb->mark;
  if (i < 4)
    hist[i] = skb->len;
  return hist[1] > 0;
}

char LICENSE[] SEC("license") = "GPL";

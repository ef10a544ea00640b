// Stack array indexed by an unchecked 32-bit value from the context: the
// variable offset into the stack is unbounded.
// Class: stack
// Kernel: reject: invalid unbounded variable-offset write to stack R2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int st_var_offset_unbounded(struct __sk_buff *skb) {
  volatile __u8 seen[64] = {};
  seen[skb->mark] = 1;
  return seen[0];
}

char LICENSE[] SEC("license") = "GPL";

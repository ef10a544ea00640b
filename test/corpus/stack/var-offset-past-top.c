// Scratch array of 4 slots indexed with `& 7`: offsets 4..7 would be past
// the top of the stack frame.
// Class: stack
// Kernel: reject: invalid variable-offset write to stack R3 var_off=(0x0; 0x38) off=-32 size=8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int st_var_offset_past_top(struct __sk_buff *skb) {
  volatile __u64 scratch[4] = {};
  scratch[skb->mark & 7] = skb->len;
  return scratch[0] > 1500;
}

char LICENSE[] SEC("license") = "GPL";

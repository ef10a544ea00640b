// An atomic add on a stack slot that holds a spilled pointer (a pointer
// and a counter overlaid in a union). For a privileged loader the kernel
// lets the atomic overwrite the pointer, the slot becomes plain bytes.
// Accepted.
// Class: atomics
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

union slot {
  struct __sk_buff *skb;
  __u64 count;
};

SEC("tc") int at_spilled_pointer(struct __sk_buff *skb) {
  volatile union slot s;
  s.skb = skb;
  __sync_fetch_and_add((__u64 *)&s.count, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

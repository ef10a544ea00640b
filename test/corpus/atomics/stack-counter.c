// Atomic operations on a stack variable (a loop counter shared with no one,
// but written with __sync builtins): the stack is valid atomic memory.
// Accepted.
// Class: atomics
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int at_stack_counter(struct __sk_buff *skb) {
  __u64 seen = skb->len;
  __sync_fetch_and_add(&seen, 1);
  __u64 old = __sync_fetch_and_or(&seen, 0x1000);
  return (old + seen) & 1;
}

char LICENSE[] SEC("license") = "GPL";

// Increments skb->mark with an atomic add: atomics are not allowed on the
// program context.
// Class: atomics
// Kernel: reject: BPF_ATOMIC stores into R1 ctx is not allowed
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int at_ctx_field(struct __sk_buff *skb) {
  __sync_fetch_and_add(&skb->mark, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

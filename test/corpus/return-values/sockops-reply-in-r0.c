// A sockops program returning the value meant for skops->reply (a
// timeout) instead of storing it: sockops programs return 0 or 1.
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=10 smax=10 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sockops") int rv_sockops_reply_in_r0(struct bpf_sock_ops *skops) {
  if (skops->op == BPF_SOCK_OPS_TIMEOUT_INIT)
    return 10;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

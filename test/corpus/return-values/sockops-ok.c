// A sockops program storing its answer in skops->reply and returning 1.
// Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sockops") int rv_sockops_ok(struct bpf_sock_ops *skops) {
  if (skops->op == BPF_SOCK_OPS_TIMEOUT_INIT)
    skops->reply = 10;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

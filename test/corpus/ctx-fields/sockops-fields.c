// A sockops program reading the op, family and ports and replying through
// skops->reply, the one writable result field. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sockops") int cf_sockops_fields(struct bpf_sock_ops *skops) {
  if (skops->op == BPF_SOCK_OPS_TIMEOUT_INIT && skops->family == 2 &&
      skops->remote_port == 0x5000)
    skops->reply = 10;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

// A sockops program rewriting skops->remote_port: of the fields only
// reply, replylong and sk_txhash are writable.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=64 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sockops") int cf_sockops_write_port(struct bpf_sock_ops *skops) {
  if (skops->op == BPF_SOCK_OPS_TCP_CONNECT_CB)
    skops->remote_port = 8080;
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

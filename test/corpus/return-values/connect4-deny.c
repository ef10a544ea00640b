// A cgroup/connect4 hook denying SMTP with 0 and allowing the rest.
// Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("cgroup/connect4") int rv_connect4_deny(struct bpf_sock_addr *ctx) {
  return ctx->user_port != bpf_htons(25);
}

char LICENSE[] SEC("license") = "GPL";

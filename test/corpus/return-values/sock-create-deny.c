// A cgroup/sock_create hook denying raw sockets (return 0) and allowing
// the rest (return 1). Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sock_create") int rv_sock_create_deny(struct bpf_sock *sk) {
  return sk->type != 3;
}

char LICENSE[] SEC("license") = "GPL";

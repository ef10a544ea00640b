// A cgroup/sock_create hook returning the socket type itself instead of a
// verdict.
// Class: return-values
// Kernel: reject: At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sock_create") int rv_sock_create_type(struct bpf_sock *sk) {
  return sk->type;
}

char LICENSE[] SEC("license") = "GPL";

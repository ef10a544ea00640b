// A congestion control that resets a socket option when it is released:
// tcp_congestion_ops programs get bpf_setsockopt() except in release(),
// which runs while the socket is leaving the congestion control.
// Class: struct-ops
// Kernel: reject: program of this type cannot use helper bpf_setsockopt#49
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_release_setsockopt")
void BPF_PROG(so_release_setsockopt, struct sock *sk) {
  int off = 0;

  bpf_setsockopt(sk, 6 /* SOL_TCP */, 1 /* TCP_NODELAY */, &off, sizeof(off));
}

SEC(".struct_ops")
struct tcp_congestion_ops so_release = {
    .release = (void *)so_release_setsockopt,
    .name = "so_release",
};

char LICENSE[] SEC("license") = "GPL";

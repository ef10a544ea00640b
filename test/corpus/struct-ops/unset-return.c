// ssthresh() returns a u32, so R0 must hold a value at exit; a void member
// such as init() needs none, but this one leaves R0 unset.
// Class: struct-ops
// Kernel: reject: R0 !read_ok
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_unset_return")
__u32 BPF_PROG(so_unset_return, struct sock *sk) {
  __u32 r;

  asm volatile("" : "=r"(r));
  return r;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_unset = {
    .ssthresh = (void *)so_unset_return,
    .name = "so_unset",
};

char LICENSE[] SEC("license") = "GPL";

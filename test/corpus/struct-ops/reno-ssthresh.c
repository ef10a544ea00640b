// A TCP congestion control's ssthresh(): the kernel types the `struct sock *`
// argument of a tcp_congestion_ops member as a trusted `struct tcp_sock *`,
// so reading snd_cwnd through it is a plain field read.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_reno_ssthresh")
__u32 BPF_PROG(so_reno_ssthresh, struct sock *sk) {
  const struct tcp_sock *tp = (const struct tcp_sock *)sk;
  __u32 half = tp->snd_cwnd >> 1;

  return half > 2 ? half : 2;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_reno = {
    .ssthresh = (void *)so_reno_ssthresh,
    .name = "so_reno",
};

char LICENSE[] SEC("license") = "GPL";

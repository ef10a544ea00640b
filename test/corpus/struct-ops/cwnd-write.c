// cong_avoid() grows the congestion window: tcp_congestion_ops programs may
// write snd_cwnd, one of the tcp_sock fields the TCP struct_ops allows
// writes to.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_cwnd_write")
void BPF_PROG(so_cwnd_write, struct sock *sk, __u32 ack, __u32 acked) {
  struct tcp_sock *tp = (struct tcp_sock *)sk;

  if (tp->snd_cwnd < tp->snd_ssthresh)
    tp->snd_cwnd += acked;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_cwnd = {
    .cong_avoid = (void *)so_cwnd_write,
    .name = "so_cwnd",
};

char LICENSE[] SEC("license") = "GPL";

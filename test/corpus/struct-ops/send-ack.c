// in_ack_event() asks for an immediate ACK: bpf_tcp_send_ack() is one of the
// helpers tcp_congestion_ops programs get, and it takes the tcp_sock the
// kernel typed the argument as.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_send_ack")
void BPF_PROG(so_send_ack, struct sock *sk, __u32 flags) {
  struct tcp_sock *tp = (struct tcp_sock *)sk;

  if (flags & 1)
    bpf_tcp_send_ack(tp, tp->rcv_nxt);
}

SEC(".struct_ops")
struct tcp_congestion_ops so_ack = {
    .in_ack_event = (void *)so_send_ack,
    .name = "so_ack",
};

char LICENSE[] SEC("license") = "GPL";

// A congestion control that tries to reset the smoothed RTT: srtt_us is not
// among the few tcp_sock fields a tcp_congestion_ops program may write.
// Class: struct-ops
// Kernel: reject: no write support to tcp_sock at off 1680
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_srtt_write")
void BPF_PROG(so_srtt_write, struct sock *sk) {
  ((struct tcp_sock *)sk)->srtt_us = 0;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_srtt = {
    .init = (void *)so_srtt_write,
    .name = "so_srtt",
};

char LICENSE[] SEC("license") = "GPL";

// init() is a void member: the kernel does not read R0 when the program
// exits, so a body that only records the time needs no return value.
// Class: struct-ops
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 so_started;

SEC("struct_ops/so_void_init")
void BPF_PROG(so_void_init, struct sock *sk) {
  so_started = bpf_ktime_get_coarse_ns();
}

SEC(".struct_ops")
struct tcp_congestion_ops so_init = {
    .init = (void *)so_void_init,
    .name = "so_init",
};

char LICENSE[] SEC("license") = "GPL";

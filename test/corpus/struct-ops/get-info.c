// get_info() reports diagnostics to `ss`; the kernel has no BPF stub for it,
// so no struct_ops program may implement it, whatever the program does.
// Class: struct-ops
// Kernel: reject: attach to unsupported member get_info of struct tcp_congestion_ops
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_get_info")
__u64 BPF_PROG(so_get_info, struct sock *sk, __u32 ext, int *attr) {
  return 0;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_info = {
    .get_info = (void *)so_get_info,
    .name = "so_info",
};

char LICENSE[] SEC("license") = "GPL";

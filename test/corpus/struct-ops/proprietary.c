// The kernel refuses struct_ops programs under a license that is not GPL
// compatible before it looks at a single instruction.
// Class: struct-ops
// Kernel: reject: struct ops programs must have a GPL compatible license
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/so_proprietary")
__u32 BPF_PROG(so_proprietary, struct sock *sk) {
  return 10;
}

SEC(".struct_ops")
struct tcp_congestion_ops so_prop = {
    .sndbuf_expand = (void *)so_proprietary,
    .name = "so_prop",
};

char LICENSE[] SEC("license") = "Proprietary";

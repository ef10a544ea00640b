// undo_cwnd() takes only the socket, but the program reads a second context
// slot as if it were the acked count: the member's prototype has no
// second argument.
// Class: struct-ops
// Kernel: reject: func 'undo_cwnd' doesn't have 2-th argument
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("struct_ops/so_missing_arg")
__u32 so_missing_arg(unsigned long long *ctx) {
  return (__u32)ctx[1];
}

SEC(".struct_ops")
struct tcp_congestion_ops so_missing = {
    .undo_cwnd = (void *)so_missing_arg,
    .name = "so_missing",
};

char LICENSE[] SEC("license") = "GPL";

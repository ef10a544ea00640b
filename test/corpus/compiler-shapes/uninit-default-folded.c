// The verdict variable is set on only one branch (a forgotten default).
// Reading it uninitialised is undefined, so clang returns XDP_DROP on both
// paths: the kernel sees a constant return and accepts the program.
// Class: compiler-shapes
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#pragma clang diagnostic ignored "-Wsometimes-uninitialized"

SEC("xdp") int cs_uninit_default_folded(struct xdp_md *ctx) {
  int action;
  if (ctx->rx_queue_index == 0)
    action = XDP_DROP;
  return action;
}

char LICENSE[] SEC("license") = "GPL";

// The kernel rejects it, with another message than the claimed one.
// Class: claims
// Kernel: reject: R0 invalid mem access 'scalar'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#pragma clang diagnostic ignored "-Wuninitialized"

SEC("xdp") int cfmt_wrong_message(struct xdp_md *ctx) {
  int r;
  return r;
}

char LICENSE[] SEC("license") = "GPL";

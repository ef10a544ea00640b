// Returns an unset variable: the claim, with the kernel's message, is right.
// Class: claims
// Kernel: reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#pragma clang diagnostic ignored "-Wuninitialized"

SEC("xdp") int cfmt_reject_ok(struct xdp_md *ctx) {
  int r;
  return r;
}

char LICENSE[] SEC("license") = "GPL";

// Claims a reject for a program the kernel accepts.
// Class: claims
// Kernel: reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_wrong_verdict(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

// The header records an accept; the fake compiler claims we reject.
// Kernel: accept
// OURS: dh_false_reject reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_false_reject(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

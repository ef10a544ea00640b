// Two claims, one of them stale.
// Class: headers
// Kernel: accept
// Kernel: reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_two_claims(struct xdp_md *ctx) { return XDP_PASS; }

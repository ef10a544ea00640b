// Class: headers
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_no_description(struct xdp_md *ctx) { return XDP_PASS; }

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_no_header(struct xdp_md *ctx) { return XDP_PASS; }

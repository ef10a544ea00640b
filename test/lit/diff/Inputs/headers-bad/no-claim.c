// A file whose header records no verdict.
// OURS: dh_no_claim accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_no_claim(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

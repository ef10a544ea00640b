// Two programs in one file: a corpus file holds exactly one.
// Class: claims
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_first(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp") int cfmt_second(struct xdp_md *ctx) { return XDP_DROP; }

char LICENSE[] SEC("license") = "GPL";

// Both verdicts agree with the recorded ones: an accept, and a rejection
// with the recorded message.
// Kernel: accept
// OURS: dh_agree accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_agree(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

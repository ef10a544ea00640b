// The header records an accept; the fake compiler says we could not decide.
// Kernel: accept
// OURS: dh_unknown unknown: not modelled yet
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_unknown(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

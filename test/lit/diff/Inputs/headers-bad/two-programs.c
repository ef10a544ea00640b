// One recorded verdict, two programs in our report.
// Kernel: accept
// OURS: dh_two_a accept
// OURS: dh_two_b accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_two_a(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp") int dh_two_b(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

// The header records a rejection; the fake compiler claims we accept.
// Kernel: reject: R0 invalid mem access 'map_value_or_null'
// OURS: dh_false_accept accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_false_accept(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

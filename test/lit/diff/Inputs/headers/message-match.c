// Both reject, with the same message.
// Kernel: reject: R0 !read_ok
// OURS: dh_message_match reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int dh_message_match(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

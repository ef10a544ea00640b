// Passes every packet: both the plugin and the kernel accept it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int df_pass(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

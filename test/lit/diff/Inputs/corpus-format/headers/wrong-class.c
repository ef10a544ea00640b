// The class named in the header is not the directory's.
// Class: stack
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_wrong_class(struct xdp_md *ctx) { return XDP_PASS; }

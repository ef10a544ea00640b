// A reject claim without the kernel's message.
// Class: headers
// Kernel: reject:
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_reject_no_message(struct xdp_md *ctx) { return XDP_PASS; }

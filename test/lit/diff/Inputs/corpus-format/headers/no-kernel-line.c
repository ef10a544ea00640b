// Passes everything, but the header forgets the kernel's verdict.
// Class: headers
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_no_kernel(struct xdp_md *ctx) { return XDP_PASS; }

// Passes everything; the claim is not one of the two forms.
// Class: headers
// Kernel: accepted
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int cfmt_bad_claim(struct xdp_md *ctx) { return XDP_PASS; }

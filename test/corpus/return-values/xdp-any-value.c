// An XDP program returning a computed number: XDP exit codes are not
// range-checked by the verifier (unknown codes act as XDP_ABORTED).
// Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int rv_xdp_any_value(struct xdp_md *ctx) {
  return ctx->rx_queue_index + 1;
}

char LICENSE[] SEC("license") = "GPL";

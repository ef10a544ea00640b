// We could not decide (the fake says unknown); the kernel accepts one and
// rejects the other, and a third program is missing from our report.
// OURS: df_claim_unknown_ok unknown: not modelled yet
// OURS: df_claim_unknown_bad unknown: not modelled yet
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#pragma clang diagnostic ignored "-Wuninitialized"

SEC("xdp") int df_claim_unknown_ok(struct xdp_md *ctx) { return XDP_PASS; }

SEC("xdp") int df_claim_unknown_bad(struct xdp_md *ctx) {
  int r;
  return r;
}

SEC("xdp") int df_claim_unreported(struct xdp_md *ctx) { return XDP_DROP; }

char LICENSE[] SEC("license") = "GPL";

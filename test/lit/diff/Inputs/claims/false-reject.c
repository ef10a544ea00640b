// The kernel accepts it; the fake compiler claims we reject it.
// OURS: df_claim_false_reject reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int df_claim_false_reject(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";

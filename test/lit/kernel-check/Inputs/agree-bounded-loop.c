// Accepted: a loop with a constant trip count, walked by the verifier.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int xdp_bounded_loop(struct xdp_md *ctx) {
  __u32 sum = 0;
  for (__u32 i = 0; i < 64; i++)
    sum = sum * 31 + (i ^ ctx->ingress_ifindex);
  return sum & 1 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

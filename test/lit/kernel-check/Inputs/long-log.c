// A loop the verifier walks 8,000 times. When the program is rejected the
// level-1 log holds that whole path (several MiB); its statistics are a few
// lines.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int xdp_long_loop(struct xdp_md *ctx) {
  __u32 sum = 0;
#pragma clang loop unroll(disable)
  for (__u32 i = 0; i < 8000; i++)
    sum = sum * 31 + (i ^ ctx->ingress_ifindex);
  return sum & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int xdp_long_loop_bad_load(struct xdp_md *ctx) {
  __u32 sum = 0;
#pragma clang loop unroll(disable)
  for (__u32 i = 0; i < 8000; i++)
    sum = sum * 31 + (i ^ ctx->ingress_ifindex);
  return *(__u32 *)(long)sum;
}

char LICENSE[] SEC("license") = "GPL";

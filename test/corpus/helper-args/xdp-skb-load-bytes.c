// An XDP program copying the header with bpf_skb_load_bytes, the tc helper,
// instead of bpf_xdp_load_bytes: not available to XDP programs.
// Class: helper-args
// Kernel: reject: program of this type cannot use helper bpf_skb_load_bytes#26
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int ha_xdp_skb_load_bytes(struct xdp_md *ctx) {
  char hdr[14];
  if (bpf_skb_load_bytes(ctx, 0, hdr, sizeof(hdr)) < 0)
    return XDP_PASS;
  return hdr[12] == 8 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

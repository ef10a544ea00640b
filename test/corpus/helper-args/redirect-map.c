// An XDP program redirecting every packet through a devmap slot chosen by
// the receive queue. Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_DEVMAP);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u32);
} ha_ports SEC(".maps");

SEC("xdp") int ha_redirect_map(struct xdp_md *ctx) {
  return bpf_redirect_map(&ha_ports, ctx->rx_queue_index & 7, XDP_PASS);
}

char LICENSE[] SEC("license") = "GPL";

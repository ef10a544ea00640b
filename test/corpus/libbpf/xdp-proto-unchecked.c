// The protocol counter with the IP header's bounds check forgotten: only
// the Ethernet header was checked, so reading iphdr->protocol (byte 23)
// goes past the range the kernel knows.
// Class: libbpf
// Kernel: reject: invalid access to packet, off=23 size=1, R2(id=0,off=23,r=14)
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, __u64);
} proto_count_unchecked SEC(".maps");

SEC("xdp") int lb_xdp_proto_unchecked(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(0x0800))
    return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  __u32 key = ip->protocol;
  __u64 *n = bpf_map_lookup_elem(&proto_count_unchecked, &key);
  if (n)
    *n += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

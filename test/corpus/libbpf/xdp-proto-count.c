// An XDP protocol counter written against vmlinux.h's struct ethhdr and
// struct iphdr, with each header bounds-checked against data_end before
// it is read.
// Class: libbpf
// Kernel: accept
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 256);
  __type(key, __u32);
  __type(value, __u64);
} proto_count SEC(".maps");

SEC("xdp") int lb_xdp_proto_count(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(0x0800))
    return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > end)
    return XDP_PASS;
  __u32 key = ip->protocol;
  __u64 *n = bpf_map_lookup_elem(&proto_count, &key);
  if (n)
    *n += 1;
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

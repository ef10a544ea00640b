// Decrements the IPv4 TTL in place with an atomic op on packet data:
// atomics are not allowed on packet memory.
// Class: atomics
// Kernel: reject: BPF_ATOMIC stores into R1 pkt is not allowed
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int at_packet_data(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct iphdr *ip = data + sizeof(struct ethhdr);
  if ((void *)(ip + 1) > end)
    return XDP_PASS;
  __sync_fetch_and_add((__u32 *)&ip->ttl, 0xff);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

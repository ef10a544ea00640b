// Copies the Ethernet header out of the packet with bpf_skb_load_bytes into
// a 14-byte stack buffer. Accepted.
// Class: helper-args
// Kernel: accept
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int ha_skb_load_bytes(struct __sk_buff *skb) {
  struct ethhdr eth;
  if (bpf_skb_load_bytes(skb, 0, &eth, sizeof(eth)) < 0)
    return 0;
  return eth.h_proto == 0x0008;
}

char LICENSE[] SEC("license") = "GPL";

// A cgroup_skb program rewriting packet bytes with bpf_skb_store_bytes, a
// helper cgroup_skb programs cannot call.
// Class: helper-args
// Kernel: reject: program of this type cannot use helper bpf_skb_store_bytes#9
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/egress") int ha_store_bytes_cgroup(struct __sk_buff *skb) {
  __u8 tos = 0;
  bpf_skb_store_bytes(skb, 15, &tos, 1, 0);
  return 1;
}

char LICENSE[] SEC("license") = "GPL";

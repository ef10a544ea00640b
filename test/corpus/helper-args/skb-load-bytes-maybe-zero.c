// bpf_skb_load_bytes with a length in 0..15: the helper's length must be
// at least one byte, and zero is possible here.
// Class: helper-args
// Kernel: reject: R4 invalid zero-sized read: u64=[0,15]
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int ha_skb_load_maybe_zero(struct __sk_buff *skb) {
  char buf[16];
  __u32 len = skb->mark & 15;
  if (bpf_skb_load_bytes(skb, 0, buf, len) < 0)
    return 0;
  return buf[0];
}

char LICENSE[] SEC("license") = "GPL";

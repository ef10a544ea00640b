// An sk_skb stream verdict program reading the packet length and the
// remote port and picking a verdict. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_skb/stream_verdict") int cf_sk_skb_fields(struct __sk_buff *skb) {
  if (skb->len > 4096 || skb->remote_port == 0)
    return SK_DROP;
  return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// An sk_skb program reading skb->tc_classid, a tc-only field.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=72 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("sk_skb/stream_verdict") int cf_sk_skb_tc_classid(struct __sk_buff *skb) {
  return skb->tc_classid ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// A flow dissector reading skb->mark: a flow dissector sees only data,
// data_end and flow_keys.
// Class: ctx-fields
// Kernel: reject: invalid bpf_context access off=8 size=4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("flow_dissector") int cf_flow_dissector_mark(struct __sk_buff *skb) {
  return skb->mark ? BPF_DROP : BPF_OK;
}

char LICENSE[] SEC("license") = "GPL";

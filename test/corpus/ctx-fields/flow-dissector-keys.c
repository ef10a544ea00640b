// A flow dissector that reads the packet bounds and fills the flow keys
// through skb->flow_keys. Accepted.
// Class: ctx-fields
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("flow_dissector") int cf_flow_dissector_keys(struct __sk_buff *skb) {
  struct bpf_flow_keys *keys = skb->flow_keys;
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  if (data + 14 > end)
    return BPF_DROP;
  keys->nhoff = 14;
  keys->thoff = 14;
  return BPF_OK;
}

char LICENSE[] SEC("license") = "GPL";

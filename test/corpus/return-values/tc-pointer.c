// A tc classifier returning the packet's data pointer (it meant to return
// the action): a pointer as exit value, which privileged loaders may do for
// tc. Accepted.
// Class: return-values
// Kernel: accept
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc") int rv_tc_pointer(struct __sk_buff *skb) {
  return (long)skb->data;
}

char LICENSE[] SEC("license") = "GPL";

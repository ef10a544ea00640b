// A tc program that tries to truncate the packet by writing skb->len
// through vmlinux.h's struct __sk_buff: len is read-only for tc programs.
// Class: libbpf
// Kernel: reject: invalid bpf_context access off=0 size=4
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("tc") int lb_tc_len_write(struct __sk_buff *skb) {
  if (skb->len > 1500)
    skb->len = 1500;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

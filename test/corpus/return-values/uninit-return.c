// Returns a verdict variable that is never assigned (the assignment was
// lost in a refactoring): clang drops the undefined value and the program
// exits with R0 never written.
// Class: return-values
// Kernel: reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#pragma clang diagnostic ignored "-Wuninitialized"

SEC("tc") int rv_uninit_return(struct __sk_buff *skb) {
  int verdict;
  skb->mark = 1;
  return verdict;
}

char LICENSE[] SEC("license") = "GPL";

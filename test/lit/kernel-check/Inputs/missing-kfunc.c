// Calls a kfunc the kernel does not have. libbpf resolves externs for the
// whole object before loading anything, so no program of this object
// reaches the verifier.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_kfunc_that_does_not_exist(void) __ksym;

SEC("tc")
int calls_missing_kfunc(struct __sk_buff *skb) {
  bpf_kfunc_that_does_not_exist();
  return 0;
}

SEC("tc")
int innocent_bystander(struct __sk_buff *skb) { return 0; }

char LICENSE[] SEC("license") = "GPL";

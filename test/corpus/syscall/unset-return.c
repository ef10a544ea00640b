// A syscall program's return value is what BPF_PROG_RUN reports: R0 must
// be set at exit, even though any value is allowed.
// Class: syscall
// Kernel: reject: R0 !read_ok
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("syscall")
int sc_unset_return(void *ctx) {
  int r;

  asm volatile("" : "=r"(r));
  return r;
}

char LICENSE[] SEC("license") = "GPL";
